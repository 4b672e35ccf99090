namespace Waymark.Web.Api;

/// <summary>One indicator in the list, with its result for the period listed.</summary>
public sealed record IndicatorLineJson(int Id, string Code, string Title, string Unit, string Polarity, ResultJson Result);
