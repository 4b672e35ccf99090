using Microsoft.EntityFrameworkCore;

using MimeKit;

using Waymark.Data.Calendar;
using Waymark.Data.Framework;
using Waymark.Data.Measures;
using Waymark.Data.Notices;
using Waymark.Data.People;
using Waymark.Data.Store;
using Waymark.Data.Trackers;
using Waymark.Indicators;
using Waymark.Notices;
using Waymark.Periods;
using Waymark.Testing;
using Waymark.Trackers;

namespace Waymark.Data.Tests.Notices;

/// <summary>Email notices delivered to a real SMTP server on 127.0.0.1, on each engine by a subclass.</summary>
public abstract class NoticeTestsBase : IAsyncLifetime
{
    private static readonly DateOnly Due = new(2009, 1, 23);

    private SmtpServer smtp = null!;

    protected DatabaseLocation Location { get; set; } = DatabaseLocation.Default;

    private SettableClock Clock { get; } = new(new DateTimeOffset(2009, 1, 18, 8, 0, 0, TimeSpan.Zero));

    private NoticeSettings Settings => new()
    {
        SmtpHost = "127.0.0.1",
        SmtpPort = smtp.Port,
        SmtpSecurity = "none",
        From = "performance@leeds.example",
        SiteAddress = new Uri("https://waymark.leeds.example/"),
    };

    private int OfficerId { get; set; }

    private int TrackerId { get; set; }

    private int DirectorId { get; set; }

    private int CycleId { get; set; }

    protected abstract Task CreateStoreAsync();

    protected abstract Task DeleteStoreAsync();

    public async Task InitializeAsync()
    {
        smtp = SmtpServer.Start();
        await CreateStoreAsync();
        await using WaymarkDb db = Open();
        await SchemaMigrator.MigrateAsync(db, Clock);
        var council = new Council { Name = "Leeds City Council" };
        db.Councils.Add(council);
        var officer = new User { Email = "olive.officer@leeds.example", Name = "Olive Officer" };
        officer.Roles.Add(new UserRole { Role = RoleNames.DataOfficer });
        officer.Roles.Add(new UserRole { Role = RoleNames.AccountableOfficer });
        var director = new User { Email = "dee.director@leeds.example", Name = "Dee Director" };
        director.Roles.Add(new UserRole { Role = RoleNames.Director });
        db.Users.AddRange(officer, director);
        await db.SaveChangesAsync();

        // The officer owns an indicator whose Q3 result is not in, so the results deadline waits for them.
        db.Indicators.Add(OwnedIndicator("NI 66", officer.Id));
        await db.SaveChangesAsync();
        var cycle = new ReportingCycle { CouncilId = council.Id, Period = ReportingPeriod.Parse("2008/09 Q3") };
        cycle.Deadlines.Add(new Deadline { Description = "Q3 results entered", Due = Due, Responsible = RoleNames.DataOfficer });
        db.ReportingCycles.Add(cycle);
        var plan = new Plan { CouncilId = council.Id, Code = "LSP", Title = "Leeds Strategic Plan" };
        // High-risk, so that its tracker goes every quarter and the Q3 cycle waits for it.
        var priority = new Priority { Code = "HW-3a", Title = "Reduce teenage pregnancy", HighRisk = true, LeadOfficerId = officer.Id, AccountableDirectorId = director.Id };
        plan.Priorities.Add(priority);
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        ReportingPeriod q3 = ReportingPeriod.Parse("2008/09 Q3");
        var tracker = new Tracker { PriorityId = priority.Id, Period = q3, PeriodStart = q3.Start, State = TrackerState.Submitted };
        db.Trackers.Add(tracker);
        await db.SaveChangesAsync();
        OfficerId = officer.Id;
        DirectorId = director.Id;
        TrackerId = tracker.Id;
        CycleId = cycle.Id;
    }

    public async Task DisposeAsync()
    {
        smtp.Dispose();
        await DeleteStoreAsync();
    }

    [Fact]
    public async Task Reminder_FiveDaysBeforeTheDeadline_IsDeliveredOnceInTextAndHtml()
    {
        Clock.Now = new DateTimeOffset(2009, 1, 17, 8, 0, 0, TimeSpan.Zero);
        NoticeRunSummary early = await RunAsync();
        Clock.Now = new DateTimeOffset(2009, 1, 18, 8, 0, 0, TimeSpan.Zero);
        NoticeRunSummary run = await RunAsync();

        Assert.Equal(0, early.Made);
        Assert.Equal((1, 1, 0), (run.Made, run.Sent, run.Failed));
        MimeMessage message = Assert.Single(smtp.Messages());
        Assert.Equal("Leeds City Council: Q3 results entered is due in 5 days", message.Subject);
        Assert.Equal("olive.officer@leeds.example", ((MailboxAddress)message.To.Single()).Address);
        Assert.Equal("performance@leeds.example", ((MailboxAddress)message.From.Single()).Address);
        Assert.Contains("Dear Olive Officer,", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("The deadline for 2008/09 Q3 is 23 January 2009.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Open the reporting calendar: https://waymark.leeds.example/calendar", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Sent by Waymark for Leeds City Council.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en-GB\">", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<h1>Q3 results entered is due in 5 days</h1>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://waymark.leeds.example/calendar\">Open the reporting calendar</a>", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chase_AfterTheDeadline_GoesTheNextDayAndAgainAWeekLater()
    {
        Clock.Now = new DateTimeOffset(2009, 1, 24, 9, 0, 0, TimeSpan.Zero);
        await RunAsync();
        Clock.Now = new DateTimeOffset(2009, 1, 27, 9, 0, 0, TimeSpan.Zero);
        NoticeRunSummary sameRound = await RunAsync();
        Clock.Now = new DateTimeOffset(2009, 1, 31, 9, 0, 0, TimeSpan.Zero);
        await RunAsync();

        Assert.Equal(0, sameRound.Made);
        var messages = smtp.Messages();
        Assert.Equal(["Leeds City Council: Q3 results entered is overdue", "Leeds City Council: Q3 results entered is overdue"], messages.Select(m => m.Subject));
        Assert.Contains("The deadline for 2008/09 Q3 was 23 January 2009, 1 day ago.", messages[0].TextBody, StringComparison.Ordinal);
        Assert.Contains("The deadline for 2008/09 Q3 was 23 January 2009, 8 days ago.", messages[1].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_HeldUntilTheDigestHour_GathersTheDaysNoticesInOneEmail()
    {
        await ChooseAsync(OfficerId, NoticePreference.DailyDigest);
        Clock.Now = new DateTimeOffset(2009, 1, 18, 6, 0, 0, TimeSpan.Zero);
        NoticeRunSummary early = await RunAsync();
        int stepId = await StepAsync(TrackerState.Returned, "Dee Director", "Add the Q3 conception rate");
        await using (WaymarkDb db = Open())
        {
            await NoticeRun.AddTrackerStepAsync(db, TrackerId, stepId, Clock.Now, Settings, default);
        }

        NoticeRunSummary stillEarly = await RunAsync();
        Clock.Now = new DateTimeOffset(2009, 1, 18, 7, 30, 0, TimeSpan.Zero);
        NoticeRunSummary digest = await RunAsync();
        NoticeRunSummary later = await RunAsync();

        Assert.Equal((1, 0), (early.Made, early.Sent));
        Assert.Equal(0, stillEarly.Sent);
        Assert.Equal((1, 1), (digest.Digests, digest.Sent));
        Assert.Equal((0, 0), (later.Digests, later.Sent));
        MimeMessage message = Assert.Single(smtp.Messages());
        Assert.Equal("Leeds City Council: Your daily digest for 18 January 2009: 2 notices", message.Subject);
        Assert.Contains("1. Q3 results entered is due in 5 days", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("2. The 2008/09 Q3 tracker for HW-3a Reduce teenage pregnancy was returned to you", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Add the Q3 conception rate", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://waymark.leeds.example/trackers/" + TrackerId + "\">Open the tracker: The 2008/09 Q3 tracker for HW-3a Reduce teenage pregnancy was returned to you</a>", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemindersOff_SendsNoReminderButStillTheTrackerNotice()
    {
        await ChooseAsync(OfficerId, NoticePreference.RemindersOff);
        int stepId = await StepAsync(TrackerState.Agreed, "Dee Director", null);
        await using (WaymarkDb db = Open())
        {
            await NoticeRun.AddTrackerStepAsync(db, TrackerId, stepId, Clock.Now, Settings, default);
        }

        NoticeRunSummary run = await RunAsync();

        Assert.Equal((0, 1), (run.Made, run.Sent));
        MimeMessage message = Assert.Single(smtp.Messages());
        Assert.Equal("Leeds City Council: The 2008/09 Q3 tracker for HW-3a Reduce teenage pregnancy was agreed", message.Subject);
        Assert.Contains("Dee Director agreed it with the overall rating Amber. It is now locked.", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submitted_GoesToTheDirectorWithTheLinkToTheTracker()
    {
        Clock.Now = new DateTimeOffset(2009, 1, 10, 8, 0, 0, TimeSpan.Zero);
        int stepId = await StepAsync(TrackerState.Submitted, "Olive Officer", null);
        await using (WaymarkDb db = Open())
        {
            await NoticeRun.AddTrackerStepAsync(db, TrackerId, stepId, Clock.Now, Settings, default);
            await NoticeRun.AddTrackerStepAsync(db, TrackerId, stepId, Clock.Now, Settings, default);
        }

        await RunAsync();

        MimeMessage message = Assert.Single(smtp.Messages());
        Assert.Equal("dee.director@leeds.example", ((MailboxAddress)message.To.Single()).Address);
        Assert.Equal("Leeds City Council: The 2008/09 Q3 tracker for HW-3a Reduce teenage pregnancy is waiting for your agreement", message.Subject);
        Assert.Contains("Open the tracker: https://waymark.leeds.example/trackers/" + TrackerId, message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_RunAgainByANewProcess_SendsNothingTwice()
    {
        NoticeRunSummary first = await RunAsync("first-process");
        NoticeRunSummary second = await RunAsync("restarted-process");
        Clock.Now = Clock.Now.AddHours(3);
        NoticeRunSummary third = await RunAsync("restarted-process");

        Assert.Equal((1, 1), (first.Made, first.Sent));
        Assert.Equal((0, 0), (second.Made, second.Sent));
        Assert.Equal((0, 0), (third.Made, third.Sent));
        Assert.Single(smtp.Messages());
    }

    [Fact]
    public async Task TwoRunnersAtOnce_SendEachNoticeExactlyOnce()
    {
        await using (WaymarkDb db = Open())
        {
            var users = new List<User>();
            for (int i = 1; i <= 60; i++)
            {
                var user = new User { Email = $"officer{i}@leeds.example", Name = $"Officer {i}" };
                user.Roles.Add(new UserRole { Role = RoleNames.DataOfficer });
                users.Add(user);
            }

            db.Users.AddRange(users);
            await db.SaveChangesAsync();
            db.Indicators.AddRange(users.Select((u, i) => OwnedIndicator($"LOCAL {i + 1}", u.Id)));
            await db.SaveChangesAsync();
        }

        await using (WaymarkDb db = Open())
        {
            await NoticeRun.AddRemindersAsync(db, Clock.Now, Settings, default);
        }

        NoticeRunSummary[] runs = await Task.WhenAll(Task.Run(() => RunAsync("runner-a")), Task.Run(() => RunAsync("runner-b")));

        var recipients = smtp.Messages().Select(m => ((MailboxAddress)m.To.Single()).Address).ToList();
        Assert.Equal(61, recipients.Count);
        Assert.Equal(61, recipients.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(61, runs.Sum(r => r.Sent));
    }

    [Fact]
    public async Task ServerDown_NoticeWaitsAndIsSentWhenItIsBack()
    {
        smtp.Stop();
        NoticeRunSummary down = await RunAsync();
        Clock.Now = Clock.Now.AddSeconds(30);
        NoticeRunSummary tooSoon = await RunAsync();
        smtp.Resume();
        Clock.Now = Clock.Now.AddSeconds(31);
        NoticeRunSummary back = await RunAsync();

        Assert.Equal((1, 0, 1), (down.Made, down.Sent, down.Failed));
        Assert.NotNull(down.Error);
        Assert.Equal((0, 0), (tooSoon.Sent, tooSoon.Failed));
        Assert.Equal((1, 0), (back.Sent, back.Failed));
        Assert.Equal("Leeds City Council: Q3 results entered is due in 5 days", Assert.Single(smtp.Messages()).Subject);
        await using WaymarkDb db = Open();
        Notice notice = await db.Notices.AsNoTracking().SingleAsync();
        Assert.Equal((NoticeOutbox.Sent, 2, Clock.Now), (notice.State, notice.Attempts, notice.SentAt));
    }

    [Fact]
    public async Task Reminder_ResultAlreadyEntered_IsNotSent()
    {
        await EnterResultAsync();

        NoticeRunSummary run = await RunAsync();

        Assert.Equal((0, 0), (run.Made, run.Sent));
        Assert.Empty(smtp.Messages());
    }

    [Fact]
    public async Task Chase_ResultEnteredAfterTheReminder_IsNotSent()
    {
        NoticeRunSummary reminded = await RunAsync();
        await EnterResultAsync();
        Clock.Now = new DateTimeOffset(2009, 1, 24, 9, 0, 0, TimeSpan.Zero);
        NoticeRunSummary overdue = await RunAsync();

        Assert.Equal((1, 1), (reminded.Made, reminded.Sent));
        Assert.Equal((0, 0), (overdue.Made, overdue.Sent));
        Assert.Equal(["Leeds City Council: Q3 results entered is due in 5 days"], smtp.Messages().Select(m => m.Subject));
    }

    [Fact]
    public async Task HeldReminder_ResultEnteredBeforeTheDigest_IsDroppedFromTheOutbox()
    {
        await ChooseAsync(OfficerId, NoticePreference.DailyDigest);
        Clock.Now = new DateTimeOffset(2009, 1, 18, 6, 0, 0, TimeSpan.Zero);
        NoticeRunSummary held = await RunAsync();
        await EnterResultAsync();
        Clock.Now = new DateTimeOffset(2009, 1, 18, 7, 30, 0, TimeSpan.Zero);
        NoticeRunSummary digestHour = await RunAsync();

        Assert.Equal((1, 0), (held.Made, held.Sent));
        Assert.Equal((0, 0), (digestHour.Digests, digestHour.Sent));
        Assert.Empty(smtp.Messages());
        await using WaymarkDb db = Open();
        Assert.Equal(NoticeOutbox.Dropped, (await db.Notices.AsNoTracking().SingleAsync()).State);
    }

    [Fact]
    public async Task WaitingReminder_ResultEnteredWhileTheServerWasDown_IsDroppedNotSent()
    {
        smtp.Stop();
        NoticeRunSummary down = await RunAsync();
        await EnterResultAsync();
        smtp.Resume();
        Clock.Now = Clock.Now.AddMinutes(2);
        NoticeRunSummary back = await RunAsync();

        Assert.Equal((1, 0, 1), (down.Made, down.Sent, down.Failed));
        Assert.Equal((0, 0), (back.Sent, back.Failed));
        Assert.Empty(smtp.Messages());
        await using WaymarkDb db = Open();
        Notice notice = await db.Notices.AsNoTracking().SingleAsync();
        Assert.Equal((NoticeOutbox.Dropped, 1, (DateTimeOffset?)null), (notice.State, notice.Attempts, notice.SentAt));
    }

    [Fact]
    public async Task Reminder_RatingWaitingForTheDirector_GoesToTheDirector()
    {
        await AddDeadlineAsync("Q3 ratings agreed", RoleNames.Director);

        await RunAsync();

        Assert.Equal(
            ["dee.director@leeds.example: Leeds City Council: Q3 ratings agreed is due in 5 days", "olive.officer@leeds.example: Leeds City Council: Q3 results entered is due in 5 days"],
            smtp.Messages().Select(m => $"{((MailboxAddress)m.To.Single()).Address}: {m.Subject}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Reminder_RatingAlreadyAgreed_IsNotSentToTheDirector()
    {
        await AddDeadlineAsync("Q3 ratings agreed", RoleNames.Director);
        await AddDeadlineAsync("Q3 trackers submitted", RoleNames.AccountableOfficer);
        await StepAsync(TrackerState.Agreed, "Dee Director", null);

        NoticeRunSummary run = await RunAsync();

        Assert.Equal((1, 1), (run.Made, run.Sent));
        MimeMessage message = Assert.Single(smtp.Messages());
        Assert.Equal("Leeds City Council: Q3 results entered is due in 5 days", message.Subject);
        await using WaymarkDb db = Open();
        Assert.DoesNotContain(await db.Notices.AsNoTracking().Select(n => n.UserId).ToListAsync(), id => id == DirectorId);
    }

    private static Indicator OwnedIndicator(string code, int ownerId) => new()
    {
        Code = code,
        OwnerId = ownerId,
        Definition = new() { Title = "Reviews on time", Unit = Unit.Percent, Polarity = Polarity.Higher, Frequency = Frequency.Quarterly, Tolerance = Tolerance.Default, Decimals = 1 },
    };

    private async Task EnterResultAsync()
    {
        await using WaymarkDb db = Open();
        int indicatorId = await db.Indicators.Where(i => i.OwnerId == OfficerId).Select(i => i.Id).SingleAsync();
        ReportingPeriod q3 = ReportingPeriod.Parse("2008/09 Q3");
        db.Results.Add(new Result { IndicatorId = indicatorId, Period = q3, PeriodStart = q3.Start, Value = 81.5m, EnteredBy = "Olive Officer", EnteredAt = Clock.Now });
        await db.SaveChangesAsync();
    }

    private async Task AddDeadlineAsync(string description, string responsible)
    {
        await using WaymarkDb db = Open();
        db.Deadlines.Add(new Deadline { CycleId = CycleId, Description = description, Due = Due, Responsible = responsible });
        await db.SaveChangesAsync();
    }

    private WaymarkDb Open() => WaymarkDatabase.Open(Location, Clock, "test");

    private async Task<NoticeRunSummary> RunAsync(string runner = "test-runner")
    {
        await using WaymarkDb db = Open();
        NoticeSettings settings = Settings;
        return await NoticeRun.RunAsync(db, Clock, settings, () => new SmtpNoticeSender(settings), runner, default);
    }

    private async Task ChooseAsync(int userId, NoticePreference preference)
    {
        await using WaymarkDb db = Open();
        db.NoticeChoices.Add(new NoticeChoice { UserId = userId, Preference = preference.ToCode() });
        await db.SaveChangesAsync();
    }

    private async Task<int> StepAsync(TrackerState state, string by, string? comment)
    {
        await using WaymarkDb db = Open();
        Tracker tracker = await db.Trackers.SingleAsync(t => t.Id == TrackerId);
        tracker.State = state;
        tracker.ProposedRating = Ratings.Rating.Amber;
        if (state == TrackerState.Agreed)
        {
            tracker.AgreedRating = Ratings.Rating.Amber;
        }

        var step = new TrackerStep { TrackerId = TrackerId, State = state, By = by, At = Clock.Now, Comment = comment };
        db.TrackerSteps.Add(step);
        await db.SaveChangesAsync();
        return step.Id;
    }

    private sealed class SettableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}

public sealed class SqliteNoticeTests : NoticeTestsBase
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"waymark-{Guid.NewGuid():N}.db");

    protected override Task CreateStoreAsync()
    {
        Location = DatabaseLocation.Sqlite(path);
        return Task.CompletedTask;
    }

    protected override Task DeleteStoreAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(path);
        return Task.CompletedTask;
    }
}

public sealed class PostgresNoticeTests : NoticeTestsBase
{
    protected override async Task CreateStoreAsync() =>
        Location = new DatabaseLocation(DatabaseProvider.Postgres, await PostgresServer.Shared.CreateDatabaseAsync());

    protected override Task DeleteStoreAsync() => Task.CompletedTask;
}
