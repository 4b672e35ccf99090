namespace Waymark.Web.Api;

/// <summary>A priority's tracker for one period, as listed.</summary>
public sealed record TrackerLineJson(
    int Id, string PriorityCode, string PriorityTitle, string Period, string State, string? ProposedRating, string? AgreedRating, string? AmendmentReason, string? Direction);
