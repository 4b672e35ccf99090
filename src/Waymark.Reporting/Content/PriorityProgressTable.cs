namespace Waymark.Reporting.Content;

/// <summary>The improvement priorities' overall progress rating and direction of travel over the last five quarters, oldest first.</summary>
public sealed record PriorityProgressTable(IReadOnlyList<string> Periods, IReadOnlyList<PriorityProgressRow> Rows);
