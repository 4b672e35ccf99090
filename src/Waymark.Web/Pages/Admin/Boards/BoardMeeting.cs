namespace Waymark.Web.Pages.Admin.Boards;

/// <summary>A meeting of a board, as the reporting calendar holds it: the quarter its pack reports, the body and the date.</summary>
public sealed record BoardMeeting(string Quarter, string Body, DateOnly Date);
