namespace Waymark.Web.Api;

/// <summary>One step of a tracker's sign-off: who moved it to which state, when, and why.</summary>
public sealed record TrackerStepJson(string State, string By, DateTimeOffset At, string? Comment);
