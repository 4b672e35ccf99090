namespace Waymark.Web.Pages.Admin.Boards;

/// <summary>A board as the list of boards shows it.</summary>
public sealed record BoardLine(int Id, string Name, int Priorities, int Indicators, DateOnly? LatestMeeting);
