namespace Waymark.Web.Api;

/// <summary>A variation or assurance icon of an indicator's XmR chart.</summary>
/// <param name="Icon">Its code: for variation <c>common_cause</c>, <c>improvement_high</c>, <c>improvement_low</c>, <c>concern_high</c>, <c>concern_low</c>, <c>neither_high</c>, <c>neither_low</c>; for assurance <c>pass</c>, <c>hit_or_miss</c>, <c>fail</c>; <c>not_shown</c> for either.</param>
/// <param name="Label">The icon as people read it, such as "Special cause improvement: significantly higher".</param>
/// <param name="Words">The sentence the indicator's page shows, such as "Special cause: improvement, a run of 6 above the mean".</param>
/// <param name="NotShown">Why there is no icon (<c>no_points</c>, <c>too_few_points</c>, <c>no_polarity</c>, <c>no_target</c>), or null when there is one.</param>
public sealed record IconJson(string Icon, string Label, string Words, string? NotShown);
