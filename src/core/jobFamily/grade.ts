/** Job grades as pages state them: "is a [grade 7](...)", "Grade 8", "grade: 9", "job grade level 11". */

const GRADE_TEXT = /\bgrade\s*(?:of\s*|:\s*|#\s*)?(?:level\s*)?(\d{1,2}(?:\.\d)?)(?!\d)/i;
export const LOWEST_GRADE = 1;
export const HIGHEST_GRADE = 30;

/** The first grade number in a text, or null. A number outside any real grade scale is null. */
export function readGrade(text: string): number | null {
  const match = GRADE_TEXT.exec(text);
  if (!match) return null;
  const grade = Number(match[1]);
  return Number.isFinite(grade) && grade >= LOWEST_GRADE && grade <= HIGHEST_GRADE ? grade : null;
}
