namespace Waymark.Web.Api;

/// <summary>One action of a tracker.</summary>
public sealed record TrackerActionJson(int Position, string Description, string? Owner, DateOnly? DueDate, string? Progress);
