namespace Waymark.Reporting.Content;

/// <summary>A narrative section's paragraphs, and whether an officer wrote them (otherwise they were generated from the data).</summary>
public sealed record ReportText(IReadOnlyList<string> Paragraphs, bool OfficerWritten);
