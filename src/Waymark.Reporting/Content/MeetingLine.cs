namespace Waymark.Reporting.Content;

/// <summary>A meeting of the accountability process for the period; <paramref name="ThisBoard"/> marks the board's own meeting.</summary>
public sealed record MeetingLine(string Body, DateOnly Date, bool ThisBoard);
