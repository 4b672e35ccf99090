using Waymark.Notices;

namespace Waymark.Domain.Tests.Notices;

public sealed class ReminderScheduleTests
{
    private static readonly DateOnly Due = new(2009, 1, 23);

    [Theory]
    [InlineData("2009-01-17", null, null)]
    [InlineData("2009-01-18", "reminder", 5)]
    [InlineData("2009-01-23", "reminder", 0)]
    [InlineData("2009-01-24", "chase-1", -1)]
    [InlineData("2009-01-30", "chase-1", -7)]
    [InlineData("2009-01-31", "chase-2", -8)]
    [InlineData("2009-02-20", "chase-4", -28)]
    [InlineData("2009-02-21", null, null)]
    public void For_EachDay_GivesTheReminderOrChaseDue(string today, string? occasion, int? daysLeft)
    {
        DueNotice? due = new ReminderSchedule().For(Due, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(occasion, due?.Occasion);
        Assert.Equal(daysLeft, due?.DaysLeft);
        Assert.Equal(occasion is null ? null : occasion == "reminder" ? NoticeKind.Reminder : NoticeKind.Chase, due?.Kind);
    }

    [Fact]
    public void Window_DefaultSettings_SpansTheChasesAndTheReminders() =>
        Assert.Equal((new DateOnly(2008, 12, 21), new DateOnly(2009, 1, 23)), new ReminderSchedule().Window(new DateOnly(2009, 1, 18)));

    [Fact]
    public void Problems_SettingsOutOfRange_NameEachSetting() =>
        Assert.Equal(
            ["DaysBefore is -1: give a number of days from 0 to 60", "ChaseEveryDays is 0: give a number of days from 1 to 60", "ChaseForDays is 400: give a number of days from 0 to 365"],
            new ReminderSchedule(-1, 0, 400).Problems());

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(6, 32)]
    [InlineData(7, 60)]
    [InlineData(50, 60)]
    public void RetryAfter_Failures_DoublesUpToAnHour(int failures, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), RetrySchedule.After(failures));

    [Fact]
    public void Write_TextWithMarkup_IsEscapedInTheHtml()
    {
        NoticeContent content = NoticeWriter.Returned("HW-3a <Teenage> pregnancy", "2008/09 Q3", "Dee Director", "Use \"Q3\" & Q2 figures", new Uri("https://waymark.example/trackers/4"));

        NoticeMessage message = NoticeWriter.Write("Leeds City Council", "Olive Officer", content);

        Assert.Equal("Leeds City Council: The 2008/09 Q3 tracker for HW-3a <Teenage> pregnancy was returned to you", message.Subject);
        Assert.Contains("<h1>The 2008/09 Q3 tracker for HW-3a &lt;Teenage&gt; pregnancy was returned to you</h1>", message.Html, StringComparison.Ordinal);
        Assert.Contains("<p>Use &quot;Q3&quot; &amp; Q2 figures</p>", message.Html, StringComparison.Ordinal);
        Assert.Contains("<title>Leeds City Council: The 2008/09 Q3 tracker for HW-3a &lt;Teenage&gt; pregnancy was returned to you</title>", message.Html, StringComparison.Ordinal);
        Assert.Contains("Use \"Q3\" & Q2 figures\n", message.Text, StringComparison.Ordinal);
    }
}
