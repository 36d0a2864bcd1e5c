-- Organisations, the bodies they are made of, the people who sign in for a body, and their sessions.
CREATE TABLE organisations (
  id text PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A body (cơ quan, đơn vị) of an organisation, under the id plans use for it.
CREATE TABLE bodies (
  organisation_id text NOT NULL REFERENCES organisations (id),
  id text NOT NULL,
  name text NOT NULL,
  PRIMARY KEY (organisation_id, id)
);

CREATE TABLE accounts (
  id text PRIMARY KEY,
  organisation_id text NOT NULL,
  body_id text NOT NULL,
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  password_hash text NOT NULL,
  roles text[] NOT NULL CHECK (roles <@ ARRAY['planner', 'reviewer', 'staff', 'admin']::text[]),
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (organisation_id, body_id) REFERENCES bodies (organisation_id, id)
);

-- Only a hash of the session token is stored: a copy of the table opens no session.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  account_id text NOT NULL REFERENCES accounts (id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ended_at timestamptz
);
CREATE INDEX sessions_by_account ON sessions (account_id);
