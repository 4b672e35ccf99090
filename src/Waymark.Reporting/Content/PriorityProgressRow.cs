namespace Waymark.Reporting.Content;

/// <summary>A priority and its tracker's rating and direction in each of the table's periods (null where there was no tracker).</summary>
public sealed record PriorityProgressRow(string Code, string Title, bool HighRisk, IReadOnlyList<ProgressCell?> Cells);
