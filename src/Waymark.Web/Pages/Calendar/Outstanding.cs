namespace Waymark.Web.Pages.Calendar;

/// <summary>Something the cycle still waits for: what, from whom, by when, and whether that date has passed.</summary>
public sealed record Outstanding(string What, string Link, string Who, string Step, DateOnly? Due, bool Overdue);
