-- The organisation's plan library, issued runs and their append-only event logs, and every refusal.
CREATE TABLE plans (
  organisation_id text NOT NULL REFERENCES organisations (id),
  id text NOT NULL,
  revision integer NOT NULL CHECK (revision > 0),
  plan jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text REFERENCES accounts (id),
  PRIMARY KEY (organisation_id, id)
);

-- A run keeps the plan as it was when issued: later edits of the plan never reach it.
CREATE TABLE runs (
  id text PRIMARY KEY,
  organisation_id text NOT NULL REFERENCES organisations (id),
  plan_id text NOT NULL,
  plan_revision integer NOT NULL,
  plan jsonb NOT NULL,
  number text,
  issued_on date,
  issuer_account_id text NOT NULL REFERENCES accounts (id),
  issuer_body_id text NOT NULL,
  last_seq integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX runs_by_organisation ON runs (organisation_id, created_at);

-- Append-only: rows are inserted, never updated, deleted or truncated (the trigger below refuses all three).
CREATE TABLE run_events (
  run_id text NOT NULL REFERENCES runs (id),
  seq integer NOT NULL CHECK (seq > 0),
  idempotency_key text NOT NULL,
  actor_account_id text NOT NULL REFERENCES accounts (id),
  actor_body_id text NOT NULL,
  task_id text,
  type text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (run_id, seq),
  UNIQUE (run_id, idempotency_key)
);

CREATE FUNCTION run_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'run_events is append-only';
END;
$$;
CREATE TRIGGER run_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON run_events
  FOR EACH STATEMENT EXECUTE FUNCTION run_events_append_only();

CREATE TABLE refusals (
  id bigserial PRIMARY KEY,
  organisation_id text,
  account_id text,
  run_id text,
  action text NOT NULL,
  reason jsonb NOT NULL,
  request jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
