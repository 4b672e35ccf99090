namespace Waymark.Web.Api;

/// <summary>Every stored result of one indicator, oldest first, each evaluated for its own period with its 95% interval, and the variation and assurance icons of its XmR chart.</summary>
public sealed record ResultHistoryJson(int Id, string Code, int Decimals, IReadOnlyList<ResultJson> Results, VariationJson? Variation = null);
