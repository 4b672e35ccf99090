namespace Waymark.Web.Api;

/// <summary>Every stored result of one indicator, oldest first, each evaluated for its own period.</summary>
public sealed record ResultHistoryJson(int Id, string Code, int Decimals, IReadOnlyList<ResultJson> Results);
