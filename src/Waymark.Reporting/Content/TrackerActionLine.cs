namespace Waymark.Reporting.Content;

/// <summary>A key action of a tracker.</summary>
public sealed record TrackerActionLine(string Description, string? Owner, DateOnly? Due, string? Progress);
