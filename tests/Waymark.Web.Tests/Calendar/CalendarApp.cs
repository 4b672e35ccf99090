namespace Waymark.Web.Tests.Calendar;

/// <summary>The demo council on 10 February 2011, after the Q3 2010/11 deadlines for returns (21 January), trackers (28 January) and ratings (4 February).</summary>
public sealed class CalendarApp : WaymarkApp
{
    protected override TimeProvider? Clock { get; } = new FixedClock(new DateTimeOffset(2011, 2, 10, 9, 0, 0, TimeSpan.Zero));
}
