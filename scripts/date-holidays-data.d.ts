/** The data module of `date-holidays` (every country's rules), which the package ships without types. */
declare module 'date-holidays/data' {
  export const data: {
    version: string;
    license: string;
    holidays: Record<string, { zones: string[]; days: Record<string, { _name?: string }> }>;
    names: Record<string, unknown>;
  };
}
