namespace Waymark.Web.Api;

/// <summary>An LA with figures that a funnel plot leaves off.</summary>
/// <param name="Area">The LA's three-digit DfE number.</param>
/// <param name="AreaName">The LA's name.</param>
/// <param name="Reason">Why it is not plotted, such as "its denominator is 0".</param>
public sealed record FunnelOmissionJson(string Area, string AreaName, string Reason);
