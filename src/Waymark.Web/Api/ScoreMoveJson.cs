namespace Waymark.Web.Api;

/// <summary>If <see cref="Indicator"/> reached <see cref="Needed"/> (from <see cref="Current"/>) the block's predicted score would move <see cref="Direction"/> to <see cref="ScoreAfter"/>.</summary>
public sealed record ScoreMoveJson(string Indicator, string Direction, decimal? Current, decimal? Needed, string BandAfter, int ScoreAfter);
