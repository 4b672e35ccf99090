namespace Waymark.Web.Api;

/// <summary>One indicator in the list, with its result for the period listed and the variation and assurance icons of its XmR chart up to that period.</summary>
public sealed record IndicatorLineJson(int Id, string Code, string Title, string Unit, string Polarity, ResultJson Result, VariationJson? Variation = null);
