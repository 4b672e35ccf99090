using System.Diagnostics;
using System.Globalization;

using Waymark.Data.Calendar;
using Waymark.Data.Framework;
using Waymark.Data.Notices;
using Waymark.Data.People;
using Waymark.Data.Store;
using Waymark.Periods;

namespace Waymark.Benchmarks;

/// <summary>
/// A reminder run over 1,000 people and 10,000 deadlines in a new SQLite store: every deadline falls within the
/// reminder window, so the run makes 10,000 reminders; a second run finds them all made and adds none.
/// </summary>
internal static class ReminderRun
{
    public static async Task<int> RunAsync(int people, int deadlines)
    {
        string path = Path.Combine(Path.GetTempPath(), $"waymark-reminders-{Guid.NewGuid():N}.db");
        var now = new DateTimeOffset(2009, 1, 18, 8, 0, 0, TimeSpan.Zero);
        var settings = new NoticeSettings { SiteAddress = new Uri("https://waymark.example.gov.uk/"), CouncilName = "Leeds City Council" };
        try
        {
            await using (WaymarkDb db = WaymarkDatabase.Open(DatabaseLocation.Sqlite(path), TimeProvider.System, "bench"))
            {
                await SchemaMigrator.MigrateAsync(db, TimeProvider.System);
                var council = new Council { Name = "Leeds City Council" };
                db.Councils.Add(council);
                for (int i = 1; i <= people; i++)
                {
                    var user = new User { Email = $"person{i}@leeds.example", Name = $"Person {i}" };
                    user.Roles.Add(new UserRole { Role = RoleNames.DataOfficer });
                    db.Users.Add(user);
                }

                await db.SaveChangesAsync();
                var cycle = new ReportingCycle { CouncilId = council.Id, Period = ReportingPeriod.Parse("2008/09 Q3") };
                for (int d = 0; d < deadlines; d++)
                {
                    cycle.Deadlines.Add(new Deadline
                    {
                        Description = $"Return {d + 1} entered",
                        Due = new DateOnly(2009, 1, 18 + (d % 6)),
                        Responsible = $"person{(d % people) + 1}@leeds.example",
                    });
                }

                db.ReportingCycles.Add(cycle);
                await db.SaveChangesAsync();
            }

            for (int run = 1; run <= 3; run++)
            {
                await using WaymarkDb db = WaymarkDatabase.Open(DatabaseLocation.Sqlite(path), TimeProvider.System, "bench");
                TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                int made = await NoticeRun.AddRemindersAsync(db, now, settings, default);
                watch.Stop();
                TimeSpan work = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}: {made} reminders made in {watch.Elapsed.TotalMilliseconds:F0} ms elapsed, {work.TotalMilliseconds:F0} ms of processor time"));
            }

            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
