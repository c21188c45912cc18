/**
 * A validator for the Block Kit limits of Slack's reference, independent of the app's own constants so a
 * wrong constant is caught. Sources:
 * - messages: 50 blocks (docs.slack.dev/reference/block-kit/blocks); header text 150, section text
 *   3,000, context 10 elements, button text 75 (the block references);
 * - data_visualization (docs.slack.dev/reference/block-kit/blocks/data-visualization-block): title 1–50
 *   characters; a line, bar or area chart has 1–6 series and an axis_config with the categories; series
 *   names, categories and point labels at most 20 characters; axis labels at most 50; and, as the SDKs
 *   that implement the block read it, at most 20 categories, unique series names, every point's label
 *   one of the categories with one point per category in each series, and at most two charts a message;
 * - table (docs.slack.dev/reference/block-kit/blocks/table-block): 1–100 rows of at most 20 cells,
 *   at most 20 column settings, one table a message, 10,000 characters across all cells, no empty cell.
 * The app's own fallback `text` is kept within 3,000 characters.
 */
export function blockKitViolations(message: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const fail = (where: string, what: string) => problems.push(`${where}: ${what}`);
  const text = message["text"];
  if (typeof text !== "string" || text.trim() === "") fail("text", "missing fallback text");
  else if (text.length > 3000) fail("text", `${text.length} characters`);
  const blocks = message["blocks"];
  if (blocks === undefined) return problems;
  if (!Array.isArray(blocks)) return [...problems, "blocks: not an array"];
  if (blocks.length > 50) fail("blocks", `${blocks.length} blocks`);
  let charts = 0;
  let tables = 0;
  for (const [i, raw] of blocks.entries()) {
    const block = raw as Record<string, unknown>;
    const where = `blocks[${i}] ${String(block["type"])}`;
    switch (block["type"]) {
      case "header":
        checkText(where, (block["text"] as { text?: unknown } | undefined)?.text, 150, fail);
        break;
      case "section": {
        checkText(where, (block["text"] as { text?: unknown } | undefined)?.text, 3000, fail);
        const accessory = block["accessory"] as { type?: string; text?: { text?: unknown } } | undefined;
        if (accessory?.type === "button") checkText(`${where} button`, accessory.text?.text, 75, fail);
        break;
      }
      case "context": {
        const elements = block["elements"] as { text?: unknown }[] | undefined;
        if (!Array.isArray(elements) || elements.length === 0 || elements.length > 10)
          fail(where, `${elements?.length ?? 0} elements`);
        for (const element of elements ?? []) checkText(where, element.text, 3000, fail);
        break;
      }
      case "divider":
      case "actions":
        break;
      case "data_visualization":
        charts += 1;
        checkChart(where, block, fail);
        break;
      case "table":
        tables += 1;
        checkTable(where, block, fail);
        break;
      default:
        fail(where, "a block type this validator does not know");
    }
  }
  if (charts > 2) fail("blocks", `${charts} data_visualization blocks`);
  if (tables > 1) fail("blocks", `${tables} table blocks`);
  return problems;
}

type Fail = (where: string, what: string) => void;

function checkText(where: string, text: unknown, max: number, fail: Fail): void {
  if (typeof text !== "string" || text === "") fail(where, "empty text");
  else if (text.length > max) fail(where, `text of ${text.length} characters (max ${max})`);
}

function checkChart(where: string, block: Record<string, unknown>, fail: Fail): void {
  checkText(`${where} title`, block["title"], 50, fail);
  const chart = block["chart"] as
    | {
        type?: string;
        series?: { name?: unknown; data?: { label?: unknown; value?: unknown }[] }[];
        axis_config?: { categories?: unknown[]; x_label?: unknown; y_label?: unknown };
      }
    | undefined;
  if (chart === undefined || !["line", "bar", "area"].includes(chart.type ?? "")) {
    fail(where, `chart type ${String(chart?.type)}`);
    return;
  }
  const series = chart.series ?? [];
  if (series.length < 1 || series.length > 6) fail(where, `${series.length} series`);
  const categories = chart.axis_config?.categories ?? [];
  if (categories.length < 1 || categories.length > 20) fail(where, `${categories.length} categories`);
  if (new Set(categories).size !== categories.length) fail(where, "categories repeat");
  for (const category of categories) checkText(`${where} category`, category, 20, fail);
  for (const axis of ["x_label", "y_label"] as const) {
    const label = chart.axis_config?.[axis];
    if (label !== undefined) checkText(`${where} ${axis}`, label, 50, fail);
  }
  const names = series.map((one) => one.name);
  if (new Set(names).size !== names.length) fail(where, "series names repeat");
  for (const one of series) {
    checkText(`${where} series name`, one.name, 20, fail);
    const labels = (one.data ?? []).map((point) => point.label);
    if (labels.length !== categories.length || categories.some((category) => !labels.includes(category)))
      fail(where, `series ${String(one.name)} has not one point per category`);
    for (const point of one.data ?? []) {
      if (typeof point.value !== "number" || !Number.isFinite(point.value))
        fail(where, `point ${String(point.label)} of ${String(one.name)} is not a number`);
    }
  }
}

function checkTable(where: string, block: Record<string, unknown>, fail: Fail): void {
  const rows = block["rows"] as { type?: string; text?: unknown }[][] | undefined;
  if (!Array.isArray(rows) || rows.length < 1 || rows.length > 100) {
    fail(where, `${rows?.length ?? 0} rows`);
    return;
  }
  const settings = block["column_settings"] as { align?: string }[] | undefined;
  if (settings !== undefined && settings.length > 20) fail(where, `${settings.length} column settings`);
  for (const setting of settings ?? []) {
    if (setting.align !== undefined && !["left", "center", "right"].includes(setting.align))
      fail(where, `align ${setting.align}`);
  }
  let characters = 0;
  for (const [r, row] of rows.entries()) {
    if (row.length < 1 || row.length > 20) fail(where, `row ${r} has ${row.length} cells`);
    if (row.length !== rows[0]?.length) fail(where, `row ${r} has ${row.length} cells, the first ${rows[0]?.length}`);
    for (const cell of row) {
      if (cell.type !== "raw_text") fail(where, `row ${r}: a ${String(cell.type)} cell`);
      if (typeof cell.text !== "string" || cell.text.trim() === "") fail(where, `row ${r}: an empty cell`);
      else characters += cell.text.length;
    }
  }
  if (characters > 10_000) fail(where, `${characters} characters in its cells`);
}
