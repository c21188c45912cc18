/**
 * Builds `WHERE` clauses for the find* queries. List filters bind one JSON array each and use
 * `IN (SELECT value FROM json_each(@x))`, so the SQL text depends only on which filters are present:
 * a handful of statements, each prepared once per connection, and every IN can use an index.
 */
export class FilterSql {
  readonly clauses: string[] = [];
  readonly params: Record<string, string | number> = {};

  /** Adds `<column> IN (…values)` when `values` is given; an empty list matches nothing. */
  inList(column: string, param: string, values: readonly (string | number)[] | undefined): this {
    if (values === undefined) return this;
    this.clauses.push(`${column} IN (SELECT value FROM json_each(@${param}))`);
    this.params[param] = JSON.stringify(values);
    return this;
  }

  /** Adds "<column> LIKE one of the patterns" (SQL LIKE: `%` any run, ASCII case-insensitive) when given. */
  anyLike(column: string, param: string, patterns: readonly string[] | undefined): this {
    if (patterns === undefined) return this;
    this.clauses.push(`EXISTS (SELECT 1 FROM json_each(@${param}) WHERE ${column} LIKE value)`);
    this.params[param] = JSON.stringify(patterns);
    return this;
  }

  raw(clause: string): this {
    this.clauses.push(clause);
    return this;
  }

  where(): string {
    return this.clauses.length === 0 ? "" : `WHERE ${this.clauses.join(" AND ")}`;
  }
}
