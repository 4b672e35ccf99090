using MimeKit;

using Waymark.Data.Calendar;
using Waymark.Data.Framework;
using Waymark.Data.People;
using Waymark.Data.Store;
using Waymark.Periods;
using Waymark.Testing;

namespace Waymark.Cli.Tests;

public sealed class NotifyCommandTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2009, 1, 22, 9, 0, 0, TimeSpan.Zero);
    private readonly string path = Path.Combine(Path.GetTempPath(), $"waymark-notify-{Guid.NewGuid():N}.db");
    private readonly SmtpServer smtp = SmtpServer.Start();

    private string Database => "sqlite:" + path;

    [Fact]
    public async Task NotifyOnce_DeadlineTomorrow_SendsTheReminderOnceAndSaysSo()
    {
        await SeedAsync();

        CliRun first = Run("notify", "--once", "--smtp-host", "127.0.0.1", "--smtp-port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--smtp-security", "none", "--site", "https://waymark.leeds.example/", "--database", Database);
        CliRun second = Run("notify", "--once", "--smtp-host", "127.0.0.1", "--smtp-port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--smtp-security", "none", "--site", "https://waymark.leeds.example/", "--database", Database);

        Assert.Equal((0, "1 new reminders and chases, 0 digests made, 1 emails sent.\n", ""), (first.ExitCode, first.Output, first.Error));
        Assert.Equal("0 new reminders and chases, 0 digests made, 0 emails sent.\n", second.Output);
        MimeMessage message = Assert.Single(smtp.Messages());
        Assert.Equal("Leeds City Council: Action trackers submitted is due tomorrow", message.Subject);
        Assert.Equal("amy.officer@leeds.example", ((MailboxAddress)message.To.Single()).Address);
    }

    [Fact]
    public async Task NotifyOnce_ServerDown_SaysTheEmailsWaitAndSendsThemLater()
    {
        await SeedAsync();
        smtp.Stop();

        CliRun down = Run("notify", "--once", "--smtp-host", "127.0.0.1", "--smtp-port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--smtp-security", "none", "--site", "https://waymark.leeds.example/", "--database", Database);

        Assert.Equal(0, down.ExitCode);
        Assert.StartsWith("1 emails could not be sent (", down.Error, StringComparison.Ordinal);
        Assert.EndsWith("they wait in the outbox and are tried again on a later run.\n", down.Error, StringComparison.Ordinal);
        Assert.Empty(smtp.Messages());
    }

    [Fact]
    public void Notify_UnknownSecurity_NamesTheSettingAndSendsNothing()
    {
        CliRun run = Run("notify", "--once", "--smtp-host", "127.0.0.1", "--smtp-security", "ssl3", "--site", "https://waymark.leeds.example/", "--database", Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("SmtpSecurity is 'ssl3': use none, starttls, tls or auto\n", run.Error);
        Assert.False(File.Exists(path));
    }

    public void Dispose()
    {
        smtp.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(path);
    }

    private async Task SeedAsync()
    {
        await using WaymarkDb db = WaymarkDatabase.Open(DatabaseLocation.Sqlite(path), TimeProvider.System, "test");
        await SchemaMigrator.MigrateAsync(db, TimeProvider.System);
        var council = new Council { Name = "Leeds City Council" };
        db.Councils.Add(council);
        var officer = new User { Email = "amy.officer@leeds.example", Name = "Amy Officer" };
        officer.Roles.Add(new UserRole { Role = RoleNames.Administrator });
        db.Users.Add(officer);
        await db.SaveChangesAsync();
        var cycle = new ReportingCycle { CouncilId = council.Id, Period = ReportingPeriod.Parse("2008/09 Q3") };
        cycle.Deadlines.Add(new Deadline { Description = "Action trackers submitted", Due = new DateOnly(2009, 1, 23), Responsible = RoleNames.Administrator });
        db.ReportingCycles.Add(cycle);
        await db.SaveChangesAsync();
    }

    private static CliRun Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = CommandLine.Run(args, new CliContext(output, error, Colour: false, Interactive: false, new FixedClock(Now), "test"));
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
