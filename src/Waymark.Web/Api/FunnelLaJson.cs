namespace Waymark.Web.Api;

/// <summary>An LA listed beyond a funnel plot's limits.</summary>
/// <param name="Area">The LA's three-digit DfE number.</param>
/// <param name="AreaName">The LA's name.</param>
/// <param name="Value">Its value, at the measure's decimals.</param>
/// <param name="Outcome">What its place means by polarity, such as <c>much_worse</c>.</param>
public sealed record FunnelLaJson(string Area, string AreaName, decimal Value, string Outcome);
