namespace Waymark.Web.Api;

/// <summary>Why a write was refused as stale, with the result as it is now stored.</summary>
public sealed record ResultConflictJson(string Title, string Detail, ResultJson Current);
