namespace Waymark.Reporting.Content;

/// <summary>The background: its paragraphs, the meetings of the accountability process and what each appendix holds.</summary>
public sealed record BackgroundSection(ReportText Text, IReadOnlyList<MeetingLine> Meetings, IReadOnlyList<AppendixLine> Appendices);
