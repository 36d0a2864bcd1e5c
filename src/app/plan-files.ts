import type { Plan } from '../domain/plan';
import type { PlanProblem } from '../domain/problems';
import type { PlanRecord, PlanRepository } from '../store';

/** A file as the user picked it: its name and its text. */
export interface FileText {
  name: string;
  text: string;
}

/** A file that was refused, with every problem (each path starts with the file name). */
export interface FileProblems {
  source: string;
  problems: PlanProblem[];
}

/**
 * Plans in and out of files. Each file is imported on its own: a good file enters the library, a bad
 * one is reported and writes nothing. Document formats (`src/documents`) come in through here.
 */
export class PlanFiles {
  constructor(private readonly repository: PlanRepository) {}

  async importAll(files: readonly FileText[]): Promise<{ imported: PlanRecord[]; refused: FileProblems[] }> {
    const imported: PlanRecord[] = [];
    const refused: FileProblems[] = [];
    for (const file of files) {
      const result = await this.repository.importJson(file.text, file.name);
      if (result.ok) imported.push(result.record);
      else refused.push({ source: file.name, problems: result.problems });
    }
    return { imported, refused };
  }

  /** The plan as a JSON file that `importAll` accepts back. */
  exportJson(plan: Plan): FileText {
    return { name: `${plan.id}.plan.json`, text: this.repository.exportJson(plan) };
  }
}
