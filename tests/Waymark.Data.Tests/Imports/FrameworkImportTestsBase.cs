using Microsoft.EntityFrameworkCore;

using Waymark.Data.Framework;
using Waymark.Data.Imports;
using Waymark.Data.People;
using Waymark.Data.Store;
using Waymark.Data.Trackers;
using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Testing;
using Waymark.Trackers;

using JsonObject = System.Text.Json.Nodes.JsonObject;

namespace Waymark.Data.Tests.Imports;

/// <summary>The framework import tests, run against each database engine by a subclass.</summary>
public abstract class FrameworkImportTestsBase : IAsyncLifetime
{
    private const string Board = "Children's Services Scrutiny Board";

    /// <summary>A small framework; the bad-input tests each change one thing in it.</summary>
    private const string Small = """
        {
          "council": { "name": "Leeds City Council", "la_number": 383 },
          "directorates": [{ "name": "Children's Services" }],
          "boards": [{ "name": "Children's Services Scrutiny Board", "indicators": ["NI 66", "NI 43"] }],
          "users": [
            { "email": "lead@example.org", "name": "Lead Officer", "roles": ["accountable-officer"] },
            { "email": "director@example.org", "name": "Director", "roles": ["director"] }
          ],
          "plans": [
            {
              "code": "LSP",
              "title": "Leeds Strategic Plan 2008-11",
              "first_year": "2008/09",
              "last_year": "2010/11",
              "outcomes": [{ "code": "HW", "title": "Health and wellbeing" }],
              "priorities": [
                {
                  "code": "HW-3a",
                  "title": "Improve safeguarding arrangements for vulnerable children",
                  "outcome": "HW",
                  "lead_officer": "lead@example.org",
                  "accountable_director": "director@example.org",
                  "high_risk": true,
                  "boards": ["Children's Services Scrutiny Board"],
                  "indicators": ["NI 66"]
                }
              ]
            }
          ],
          "trackers": [
            {
              "priority": "HW-3a",
              "period": "2010/11 Q3",
              "proposed_rating": "amber",
              "agreed_rating": "amber",
              "direction": "improving",
              "contextual_update": "Initial assessments completed on time rose for a third quarter.",
              "key_actions": [{ "action": "Audit initial assessments each month", "due": "2011-03-31" }],
              "state": "agreed"
            }
          ],
          "calendar": [
            {
              "period": "2010/11 Q3",
              "meetings": [{ "body": "Scrutiny Board", "board": "Children's Services Scrutiny Board", "date": "2011-03-17" }]
            }
          ]
        }
        """;

    private readonly FakeClock clock = new(new DateTimeOffset(2011, 3, 1, 9, 0, 0, TimeSpan.Zero));

    protected DatabaseLocation Location { get; set; } = DatabaseLocation.Default;

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    protected async Task MigrateAsync()
    {
        await using WaymarkDb db = Open();
        await SchemaMigrator.MigrateAsync(db, clock);
    }

    private WaymarkDb Open() => WaymarkDatabase.Open(Location, clock, "importer@example.org");

    private static string LeedsFramework => File.ReadAllText(RepositoryPaths.Sample("framework.json"));

    private async Task ImportSampleIndicatorsAsync()
    {
        await using WaymarkDb db = Open();
        using var reader = new StreamReader(RepositoryPaths.Sample("indicators.csv"));
        ImportReport report = await IndicatorImport.ImportAsync(db, reader, "indicators.csv", new ImportOptions("importer@example.org", clock));
        Assert.True(report.Succeeded);
    }

    private async Task<ImportReport> ImportFrameworkAsync(string json, bool dryRun = false)
    {
        await using WaymarkDb db = Open();
        return await FrameworkImport.ImportAsync(db, new StringReader(json), "framework.json", new ImportOptions("importer@example.org", clock, dryRun));
    }

    [Fact]
    public async Task LeedsFramework_AfterTheSampleIndicators_IsStoredWhole()
    {
        await ImportSampleIndicatorsAsync();

        ImportReport report = await ImportFrameworkAsync(LeedsFramework);

        Assert.True(report.Succeeded, string.Join('\n', report.Problems.Kept));
        Assert.Equal((99L, 99L, 0L), (report.Rows, report.Added, report.Changed));
        await using WaymarkDb db = Open();
        Council council = await db.Councils.Include(c => c.Directorates).Include(c => c.Boards).SingleAsync();
        Assert.Equal("Leeds City Council", council.Name);
        Assert.Equal("383", (await db.Areas.SingleAsync(a => a.Id == council.AreaId)).Code);
        Assert.Equal(["Children's Services"], council.Directorates.Select(d => d.Name));
        Assert.Equal([Board], council.Boards.Select(b => b.Name));
        Assert.Equal(33, await db.IndicatorBoards.CountAsync());
        Assert.Equal(
            ["Leeds Strategic Plan 2008-11 (2008/09 to 2010/11)", "Children and Young People's Plan 2009-14 (2009/10 to 2013/14)"],
            (await db.Plans.OrderBy(p => p.Id).ToListAsync()).Select(p => $"{p.Title} ({p.FirstYear} to {p.LastYear})"));

        var priorities = await db.Priorities.Include(p => p.LeadOfficer).Include(p => p.AccountableDirector).Include(p => p.Contributors).OrderBy(p => p.Id).ToListAsync();
        Assert.Equal(["HW-1d/CYPP 7", "HW-3a", "LN-1d", "HW-1b", "HW-2b", "LN-2a", "TP-4a"], priorities.Select(p => p.Code));
        Assert.Equal(["HW-1d/CYPP 7", "HW-3a", "LN-1d"], priorities.Where(p => p.HighRisk).Select(p => p.Code));
        Priority safeguarding = priorities[1];
        Assert.Equal("Improve safeguarding arrangements for vulnerable children through better information, recognition and response to risk", safeguarding.Title);
        Assert.Equal(("David Brooks", "Catherine Walsh"), (safeguarding.LeadOfficer!.Name, safeguarding.AccountableDirector!.Name));
        Assert.Equal(
            ["West Yorkshire Police (partner)", "NHS Leeds (partner)", "Sam Patel (officer)"],
            safeguarding.Contributors.OrderBy(c => c.Id).Select(c => $"{c.Name} ({c.Kind})"));

        var aligned = await db.IndicatorPriorities.GroupBy(a => a.IndicatorId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(33, aligned.Count);
        Assert.All(aligned, count => Assert.Equal(1, count));
        var owners = await db.Indicators.Where(i => i.Code == "NI 66" || i.Code == "NI 117")
            .Join(db.Users, i => i.OwnerId, u => u.Id, (i, u) => new { i.Code, u.Name }).OrderBy(x => x.Code).ToListAsync();
        Assert.Equal(["NI 117 Jo Taylor", "NI 66 Sam Patel"], owners.Select(o => $"{o.Code} {o.Name}"));

        var roles = await db.Users.SelectMany(u => u.Roles).Select(r => r.Role).Distinct().OrderBy(r => r).ToListAsync();
        Assert.Equal(["accountable-officer", "administrator", "data-officer", "director", "member", "partner"], roles);
        Assert.Equal(23, await db.Trackers.CountAsync());
        Assert.All(await db.Trackers.ToListAsync(), t => Assert.Equal(("agreed", true), (t.State.ToCode(), t.Illustrative)));
    }

    [Fact]
    public async Task LeedsFramework_ImportedTwice_ChangesNothing()
    {
        await ImportSampleIndicatorsAsync();
        await ImportFrameworkAsync(LeedsFramework);
        int audited;
        await using (WaymarkDb db = Open())
        {
            audited = await db.AuditLog.CountAsync(a => a.Entity != "import");
        }

        ImportReport again = await ImportFrameworkAsync(LeedsFramework);

        Assert.Equal("framework.json: 99 records read; 0 were added, 0 were changed, 99 unchanged.", again.Summary());
        await using WaymarkDb check = Open();
        Assert.Equal(audited, await check.AuditLog.CountAsync(a => a.Entity != "import"));
        Assert.Equal((23, 38), (await check.Trackers.CountAsync(), await check.TrackerActions.CountAsync()));
        Assert.Equal(1, await check.Areas.CountAsync());
    }

    [Fact]
    public async Task LeedsFramework_ChangedTrackerRating_IsUpdatedAndAudited()
    {
        await ImportSampleIndicatorsAsync();
        await ImportFrameworkAsync(LeedsFramework);
        long before = await LastAuditAsync();
        JsonObject file = System.Text.Json.Nodes.JsonNode.Parse(LeedsFramework)!.AsObject();
        JsonObject neet = file["trackers"]!.AsArray().Select(t => t!.AsObject())
            .Single(t => (string?)t["priority"] == "LN-1d" && (string?)t["period"] == "2010/11 Q3");
        neet["proposed_rating"] = "red";
        neet["agreed_rating"] = "red";

        ImportReport report = await ImportFrameworkAsync(file.ToJsonString());

        Assert.Equal((0L, 1L, 98L), (report.Added, report.Changed, report.Unchanged));
        await using WaymarkDb db = Open();
        Priority priority = await db.Priorities.SingleAsync(p => p.Code == "LN-1d");
        Tracker tracker = (await db.Trackers.Where(t => t.PriorityId == priority.Id).ToListAsync()).Single(t => t.Period == ReportingPeriod.Parse("2010/11 Q3"));
        Assert.Equal(("red", "red", 1), (tracker.ProposedRating?.ToCode(), tracker.AgreedRating?.ToCode(), tracker.ConcurrencyVersion));
        var change = await db.AuditLog.SingleAsync(a => a.Id > before && a.Entity != "import");
        Assert.Equal("changed", change.Action);
        Assert.Equal(("tracker", "importer@example.org"), (change.Entity, change.Actor));
        Assert.Equal("{\"agreed_rating\":\"amber\",\"proposed_rating\":\"amber\"}", change.Before);
        Assert.Equal("{\"agreed_rating\":\"red\",\"proposed_rating\":\"red\"}", change.After);
    }

    [Fact]
    public async Task LeedsFramework_PriorityLosesAnIndicator_LinkIsRemovedAndAudited()
    {
        await ImportSampleIndicatorsAsync();
        await ImportFrameworkAsync(LeedsFramework);
        long before = await LastAuditAsync();
        JsonObject file = System.Text.Json.Nodes.JsonNode.Parse(LeedsFramework)!.AsObject();
        JsonObject safeguarding = file["plans"]![0]!["priorities"]!.AsArray().Select(p => p!.AsObject()).Single(p => (string?)p["code"] == "HW-3a");
        safeguarding["indicators"] = new System.Text.Json.Nodes.JsonArray("NI 59", "NI 60", "NI 64", "NI 65", "NI 67");

        ImportReport report = await ImportFrameworkAsync(file.ToJsonString());

        Assert.Equal((0L, 1L), (report.Added, report.Changed));
        await using WaymarkDb db = Open();
        int ni68 = (await db.Indicators.SingleAsync(i => i.Code == "NI 68")).Id;
        int safeguardingId = (await db.Priorities.SingleAsync(p => p.Code == "HW-3a")).Id;
        Assert.False(await db.IndicatorPriorities.AnyAsync(a => a.IndicatorId == ni68));
        var change = await db.AuditLog.SingleAsync(a => a.Id > before && a.Entity != "import");
        Assert.Equal(("indicator_priority", "removed", $"{ni68},{safeguardingId}"), (change.Entity, change.Action, change.EntityKey));
    }

    [Fact]
    public async Task LeedsFramework_HighRiskPriorities_HaveTheArrowsOfTheQ3Report()
    {
        await ImportSampleIndicatorsAsync();
        await ImportFrameworkAsync(LeedsFramework);

        await using WaymarkDb db = Open();
        var rows = new List<string>();
        foreach (Priority priority in await db.Priorities.Where(p => p.HighRisk).OrderBy(p => p.Id).ToListAsync())
        {
            var trackers = (await db.Trackers.Where(t => t.PriorityId == priority.Id).ToListAsync()).OrderBy(t => t.Period).ToList();
            Assert.Equal(["2009/10 Q3", "2009/10 Q4", "2010/11 Q1", "2010/11 Q2", "2010/11 Q3"], trackers.Select(t => t.Period.ToString()));
            rows.Add($"{priority.Code} {priority.Title}\t" + string.Join('\t', trackers.Select(t => (t.Direction ?? DirectionOfTravel.NotComparable).ToArrow())));
        }

        Assert.Equal(
            [
                "HW-1d/CYPP 7 Reduce teenage conception and improve sexual health\t↓\t↓\t↔\t↔\t↔",
                "HW-3a Improve safeguarding arrangements for vulnerable children through better information, recognition and response to risk\t↓\t↑\t↑\t↑\t↑",
                "LN-1d Increase the proportion of vulnerable groups engaged in education, training or employment\t↔\t↑\t↔\t↑\t↔",
            ],
            rows);
    }

    [Fact]
    public async Task LeedsFramework_AtQ3_OnlyTheNeetTrackerChangesRating_FromRedToAmber()
    {
        await ImportSampleIndicatorsAsync();
        await ImportFrameworkAsync(LeedsFramework);

        await using WaymarkDb db = Open();
        var changes = await db.Priorities.Where(p => p.HighRisk).OrderBy(p => p.Id)
            .Select(p => new
            {
                p.Code,
                Q2 = db.Trackers.Where(t => t.PriorityId == p.Id && t.PeriodStart == new DateOnly(2010, 7, 1)).Select(t => t.AgreedRating).Single(),
                Q3 = db.Trackers.Where(t => t.PriorityId == p.Id && t.PeriodStart == new DateOnly(2010, 10, 1)).Select(t => t.AgreedRating).Single(),
            })
            .ToListAsync();
        Assert.Equal(["HW-1d/CYPP 7: red to red", "HW-3a: amber to amber", "LN-1d: red to amber"], changes.Select(c => $"{c.Code}: {c.Q2?.ToCode()} to {c.Q3?.ToCode()}"));
    }

    [Fact]
    public async Task LeedsFramework_CpaScores_ReadBackAsTheQ1200708Table()
    {
        await ImportSampleIndicatorsAsync();
        await ImportFrameworkAsync(LeedsFramework);

        await using WaymarkDb db = Open();
        var scores = await db.AssessmentScores.Where(s => s.Framework == "CPA").OrderBy(s => s.Round).ThenBy(s => s.Position).ToListAsync();
        Assert.Equal(
            "Direction of Travel | Star Category | Corporate Assessment | Use of Resources | Level 1 Services: Children & Young People | Level 1 Services: Social Care (Adults) | "
            + "Level 1 Services: Benefits | Level 2 Services: Culture Service Assessment | Level 2 Services: Environment Service Assessment | Level 2 Services: Housing Service Assessment",
            string.Join(" | ", scores.Where(s => s.Round == "CPA 2006").Select(s => s.BlockGroup is null ? s.Block : $"{s.BlockGroup}: {s.Block}")));
        var rows = scores.GroupBy(s => s.Round).Select(round =>
            $"{round.Key}{(round.First().Provisional ? " (provisional)" : string.Empty)}: "
            + string.Join(" | ", round.Select(s => s.CarriedForward ? $"{s.Score} (grey)" : s.Score ?? string.Empty)));
        Assert.Equal(
            [
                "CPA 2006: Improving Adequately | 3 star | 3 | 3 | 3 | 3 | 3 | 2 | 3 | 3",
                "CPA 2007 (provisional):  | 4 star | 3 (grey) | 3 (grey) | 3 (grey) | 3 (grey) | 3 (grey) | 3 | 3 (grey) | 3 (grey)",
            ],
            rows);
    }

    [Fact]
    public async Task LeedsFramework_AccountabilityMeetings_HaveTheirPublishedDates()
    {
        await ImportSampleIndicatorsAsync();
        await ImportFrameworkAsync(LeedsFramework);

        await using WaymarkDb db = Open();
        var cycles = (await db.ReportingCycles.Include(c => c.Meetings).ToListAsync()).OrderBy(c => c.Period);
        var meetings = cycles.Select(c => $"{c.Period}: " + string.Join(", ", c.Meetings.OrderBy(m => m.Date).Select(m => $"{m.Body} {m.Date:d MMM yyyy}{(m.BoardId is null ? string.Empty : " (board)")}")));
        Assert.Equal(
            [
                "2007/08 Q1: CMT 14 Aug 2007, Leader Management Team 23 Aug 2007, Overview and Scrutiny Committee 11 Sep 2007, Children's Services Scrutiny Committee 13 Sep 2007 (board)",
                "2008/09 Q2: Children's Services Scrutiny Board 8 Jan 2009 (board)",
                "2008/09 Q3: CLT 17 Feb 2009, Leader Management Team 19 Feb 2009, Children's Services Scrutiny Board 1 Apr 2009 (board)",
                "2010/11 Q3: Children's Services Scrutiny Board 17 Mar 2011 (board)",
            ],
            meetings);
    }

    [Fact]
    public async Task LeedsFramework_DryRun_SaysWhatWouldBeAddedAndStoresNothing()
    {
        await ImportSampleIndicatorsAsync();

        ImportReport report = await ImportFrameworkAsync(LeedsFramework, dryRun: true);

        Assert.Equal((99L, 99L), (report.Rows, report.Added));
        Assert.Contains("would be added", report.Summary(), StringComparison.Ordinal);
        await using WaymarkDb db = Open();
        Assert.Equal((0, 0, 0), (await db.Councils.CountAsync(), await db.Users.CountAsync(), await db.Trackers.CountAsync()));
    }

    [Fact]
    public async Task DocumentedExample_AfterTheSampleIndicators_IsStored()
    {
        await ImportSampleIndicatorsAsync();
        string doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "framework-format.md"));
        int start = doc.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        string example = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];

        ImportReport report = await ImportFrameworkAsync(example);

        Assert.True(report.Succeeded, string.Join('\n', report.Problems.Kept));
        Assert.Equal((22L, 22L), (report.Rows, report.Added));
    }

    [Fact]
    public async Task SmallFramework_SmallNumberThreshold_IsStoredAndKeptWhenAFileLeavesItOut()
    {
        await ImportSampleIndicatorsAsync();
        Assert.True((await ImportFrameworkAsync(Small.Replace("\"la_number\": 383 }", "\"la_number\": 383, \"small_number_threshold\": 10 }", StringComparison.Ordinal))).Succeeded);

        Assert.True((await ImportFrameworkAsync(Small)).Succeeded);

        await using WaymarkDb db = Open();
        Assert.Equal(10, (await db.Councils.SingleAsync()).SmallNumberThreshold);
    }

    [Fact]
    public async Task SmallFramework_NoSmallNumberThreshold_IsDfEs5()
    {
        await ImportSampleIndicatorsAsync();

        Assert.True((await ImportFrameworkAsync(Small)).Succeeded);

        await using WaymarkDb db = Open();
        Assert.Equal(5, (await db.Councils.SingleAsync()).SmallNumberThreshold);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    public async Task SmallFramework_SmallNumberThresholdOutOfRange_IsRefusedNamingTheField(string threshold)
    {
        await ImportSampleIndicatorsAsync();
        string json = Small.Replace("\"la_number\": 383 }", $"\"la_number\": 383, \"small_number_threshold\": {threshold} }}", StringComparison.Ordinal);

        ImportReport report = await ImportFrameworkAsync(json);

        Assert.Equal(
            [$"framework.json, line {LineOf(json, "small_number_threshold")}, column council.small_number_threshold: '{threshold}' is not a small number threshold: write a whole number from 1 to 100, such as 5"],
            report.Problems.Kept.Select(p => p.ToString()));
        await NothingStoredAsync();
    }

    [Fact]
    public async Task SmallFramework_TakingTheRoleFromTheLastAdministrator_IsRefusedAndNothingChanges()
    {
        await ImportSampleIndicatorsAsync();
        string withAdministrator = Small.Replace("\"roles\": [\"director\"]", "\"roles\": [\"director\", \"administrator\"]", StringComparison.Ordinal);
        Assert.True((await ImportFrameworkAsync(withAdministrator)).Succeeded);

        ImportReport report = await ImportFrameworkAsync(Small);

        Assert.False(report.Succeeded);
        Assert.Equal(
            "framework.json, line 7, column users[1].roles: director@example.org is the last administrator: give someone else the administrator role first",
            Assert.Single(report.Problems.Kept).ToString());
        await using WaymarkDb db = Open();
        Assert.Contains(RoleNames.Administrator, (await db.Users.Include(u => u.Roles).SingleAsync(u => u.Email == "director@example.org")).Roles.Select(r => r.Role));
    }

    [Fact]
    public async Task SmallFramework_ControlCharacterInAText_IsRefusedNamingTheFieldAndNothingIsStored()
    {
        await ImportSampleIndicatorsAsync();
        string json = Small.Replace("rose for a third quarter.", "rose for a third quarter.\\u0007", StringComparison.Ordinal);

        ImportReport report = await ImportFrameworkAsync(json);

        Assert.False(report.Succeeded);
        Assert.Equal(
            $"framework.json, line {LineOf(json, "\"contextual_update\"")}, column trackers[0].contextual_update: has a control character (U+0007) at character 64: remove it (text may hold tabs and line breaks, but no other control characters)",
            Assert.Single(report.Problems.Kept).ToString());
        await NothingStoredAsync();
    }

    [Fact]
    public async Task SmallFramework_AsWritten_IsStored()
    {
        await ImportSampleIndicatorsAsync();

        ImportReport report = await ImportFrameworkAsync(Small);

        Assert.True(report.Succeeded, string.Join('\n', report.Problems.Kept));
        Assert.Equal((11L, 11L), (report.Rows, report.Added));
    }

    [Fact]
    public async Task FrameworkNamingStoredPriorityAndBoard_AddsOnlyTheNewTrackerAndMeeting()
    {
        await ImportSampleIndicatorsAsync();
        await ImportFrameworkAsync(LeedsFramework);
        const string next = """
            {
              "council": { "name": "Leeds City Council", "la_number": 383 },
              "trackers": [
                { "priority": "hw-3a", "period": "2010/11 Q4", "proposed_rating": "amber", "direction": "improving", "contextual_update": "Referrals fell back.", "state": "submitted" }
              ],
              "calendar": [
                { "period": "2010/11 Q4", "meetings": [{ "body": "Scrutiny Board", "board": "Children's Services Scrutiny Board", "date": "2011-06-16" }] }
              ]
            }
            """;

        ImportReport report = await ImportFrameworkAsync(next);

        Assert.True(report.Succeeded, string.Join('\n', report.Problems.Kept));
        Assert.Equal((4L, 3L, 0L, 1L), (report.Rows, report.Added, report.Changed, report.Unchanged));
        await using WaymarkDb db = Open();
        Tracker tracker = (await db.Trackers.ToListAsync()).Single(t => t.Period == ReportingPeriod.Parse("2010/11 Q4"));
        Assert.Equal((1, "submitted", "amber", (string?)null), (await db.Priorities.CountAsync(p => p.Id == tracker.PriorityId && p.Code == "HW-3a"), tracker.State.ToCode(), tracker.ProposedRating?.ToCode(), tracker.AgreedRating?.ToCode()));
        Assert.Equal(24, await db.Trackers.CountAsync());
        Assert.Equal(5, await db.ReportingCycles.CountAsync());
    }

    [Theory]
    [InlineData("\"indicators\": [\"NI 66\"]", "\"indicators\": [\"NI 66\", \"NI 999\"]", "NI 999", "plans[0].priorities[0].indicators[1]",
        "'NI 999' is not a stored indicator: import the indicators first, or correct the code")]
    [InlineData("\"lead_officer\": \"lead@example.org\"", "\"lead_officer\": \"nobody@example.org\"", "nobody@", "plans[0].priorities[0].lead_officer",
        "'nobody@example.org' is not a user: add them to users, or correct the email address")]
    [InlineData("\"board\": \"Children's Services Scrutiny Board\"", "\"board\": \"Childrens Services Scrutiny Board\"", "Childrens", "calendar[0].meetings[0].board",
        "'Childrens Services Scrutiny Board' is not a board of Leeds City Council: add it to boards, or correct the name")]
    [InlineData("\"period\": \"2010/11 Q3\",\n      \"proposed", "\"period\": \"2010/11\",\n      \"proposed", "\"2010/11\",\n      \"proposed", "trackers[0].period",
        "'2010/11' is not a financial quarter: write one such as 2010/11 Q3")]
    [InlineData("\"agreed_rating\": \"amber\"", "\"agreed_rating\": \"yellow\"", "yellow", "trackers[0].agreed_rating",
        "'yellow' is not a rating: write green, amber or red")]
    [InlineData("\"direction\": \"improving\"", "\"direction\": \"better\"", "better", "trackers[0].direction",
        "'better' is not a direction of travel: write improving, static or deteriorating")]
    [InlineData("\"date\": \"2011-03-17\"", "\"date\": \"17/03/2011\"", "17/03/2011", "calendar[0].meetings[0].date",
        "'17/03/2011' is not a date: write it as yyyy-MM-dd, for example 2011-03-17")]
    [InlineData("\"email\": \"director@example.org\"", "\"email\": \"Lead@example.org\"", "Lead@", "users[1].email",
        "'Lead@example.org' is already a user at users[0]")]
    [InlineData("{ \"code\": \"HW\", \"title\": \"Health and wellbeing\" }", "{ \"code\": \"HW\", \"title\": \"Health and wellbeing\" },\n{ \"code\": \"HW\", \"title\": \"Learning\" }", "Learning", "plans[0].outcomes[1].code",
        "'HW' is already an outcome of this plan at plans[0].outcomes[0]")]
    [InlineData("\"high_risk\": true", "\"high_risk\": \"yes\"", "high_risk", "plans[0].priorities[0].high_risk",
        "'yes' is not true or false")]
    [InlineData("\"roles\": [\"director\"]", "\"roles\": [\"chief\"]", "chief", "users[1].roles[0]",
        "'chief' is not a role: write administrator, data-officer, accountable-officer, director, member or partner")]
    public async Task SmallFramework_OneBadValue_IsReportedWithItsPathAndNothingIsStored(string find, string replace, string onLine, string path, string message)
    {
        await ImportSampleIndicatorsAsync();
        string json = Small.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Small, json);

        ImportReport report = await ImportFrameworkAsync(json);

        Assert.False(report.Succeeded);
        Assert.Equal([$"framework.json, line {LineOf(json, onLine)}, column {path}: {message}"], report.Problems.Kept.Select(p => p.ToString()));
        await NothingStoredAsync();
    }

    [Theory]
    [InlineData("\"contextual_update\": \"Initial assessments completed on time rose for a third quarter.\",", "", "trackers[0].contextual_update: Enter a contextual update")]
    [InlineData("\"direction\": \"improving\",", "", "trackers[0].direction: Select the direction of travel")]
    [InlineData("\"proposed_rating\": \"amber\",", "", "trackers[0].proposed_rating: Select the overall rating you propose")]
    [InlineData("\"agreed_rating\": \"amber\",", "", "trackers[0].agreed_rating: Select the rating you agree")]
    [InlineData("\"state\": \"agreed\"", "\"state\": \"submitted\"", "trackers[0].agreed_rating: Only an agreed tracker has an agreed rating, and this one is submitted")]
    [InlineData("\"agreed_rating\": \"amber\",", "\"agreed_rating\": \"red\",", "trackers[0].amendment_reason: Enter the reason the agreed rating differs from the proposed one")]
    [InlineData("\"agreed_rating\": \"amber\",", "\"agreed_rating\": \"amber\", \"amendment_reason\": \"As proposed.\",", "trackers[0].amendment_reason: Give a reason only when the agreed rating differs from the proposed one")]
    public async Task SmallFramework_TrackerLackingWhatItsStateNeeds_IsReportedAndNothingIsStored(string find, string replace, string problem)
    {
        await ImportSampleIndicatorsAsync();
        string json = Small.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Small, json);

        ImportReport report = await ImportFrameworkAsync(json);

        Assert.False(report.Succeeded);
        Assert.Equal([problem], report.Problems.Kept.Select(p => $"{p.Column}: {p.Message}"));
        await NothingStoredAsync();
    }

    [Fact]
    public async Task SmallFramework_AmendedAgreementWithItsReason_StoresBothRatingsAndTheReason()
    {
        await ImportSampleIndicatorsAsync();
        string json = Small.Replace("\"agreed_rating\": \"amber\",", "\"agreed_rating\": \"red\", \"amendment_reason\": \" Referrals rose after the quarter ended. \",", StringComparison.Ordinal);

        ImportReport report = await ImportFrameworkAsync(json);

        Assert.True(report.Succeeded);
        await using WaymarkDb db = Open();
        Tracker tracker = await db.Trackers.SingleAsync();
        Assert.Equal(("amber", "red", "Referrals rose after the quarter ended."), (tracker.ProposedRating?.ToCode(), tracker.AgreedRating?.ToCode(), tracker.AmendmentReason));
    }

    [Fact]
    public async Task SmallFramework_MisspeltField_IsNamedWithTheFieldsThatExist()
    {
        await ImportSampleIndicatorsAsync();
        string json = Small.Replace("\"lead_officer\"", "\"lead_oficer\"", StringComparison.Ordinal);

        ImportReport report = await ImportFrameworkAsync(json);

        Assert.Equal(
            [
                $"framework.json, line {LineOf(json, "lead_oficer")}, column plans[0].priorities[0].lead_oficer: 'lead_oficer' is not a field of a priority: the fields are "
                + "code, title, outcome, directorate, lead_officer, accountable_director, contributors, high_risk, boards and indicators",
            ],
            report.Problems.Kept.Select(p => p.ToString()));
        await NothingStoredAsync();
    }

    [Fact]
    public async Task SmallFramework_MissingComma_IsReportedOnTheLineWhereTheJsonBreaks()
    {
        await ImportSampleIndicatorsAsync();
        string json = Small.Replace("\"la_number\": 383 },", "\"la_number\": 383 }", StringComparison.Ordinal);

        ImportReport report = await ImportFrameworkAsync(json);

        Assert.Equal(
            ["framework.json, line 3: This is not valid JSON: '\"' is invalid after a value. Expected either ',', '}', or ']'."],
            report.Problems.Kept.Select(p => p.ToString()));
        await NothingStoredAsync();
    }

    [Fact]
    public async Task SmallFramework_SeveralBadValues_AreAllReportedInFileOrder()
    {
        await ImportSampleIndicatorsAsync();
        string json = Small
            .Replace("\"due\": \"2011-03-31\"", "\"due\": \"2011-02-30\"", StringComparison.Ordinal)
            .Replace("\"period\": \"2010/11 Q3\",\n      \"meetings\"", "\"period\": \"Q5 2010/11\",\n      \"meetings\"", StringComparison.Ordinal);

        ImportReport report = await ImportFrameworkAsync(json);

        Assert.Equal(
            [
                $"framework.json, line {LineOf(json, "2011-02-30")}, column trackers[0].key_actions[0].due: '2011-02-30' is not a date: write it as yyyy-MM-dd, for example 2011-03-17",
                $"framework.json, line {LineOf(json, "Q5 2010/11")}, column calendar[0].period: 'Q5 2010/11' is not a period: a financial quarter is Q1, Q2, Q3 or Q4, not Q5.",
            ],
            report.Problems.Kept.Select(p => p.ToString()));
        await NothingStoredAsync();
    }

    [Fact]
    public async Task SmallFramework_AgainAfterTheLeedsFramework_AddsAndChangesOnlyWhatDiffers()
    {
        await ImportSampleIndicatorsAsync();
        await ImportFrameworkAsync(LeedsFramework);

        ImportReport report = await ImportFrameworkAsync(Small);

        Assert.Equal((11L, 3L, 4L, 4L), (report.Rows, report.Added, report.Changed, report.Unchanged));
        await using WaymarkDb db = Open();
        int board = (await db.Boards.SingleAsync()).Id;
        Assert.Equal(2, await db.IndicatorBoards.CountAsync(r => r.BoardId == board));
        var cycle = (await db.ReportingCycles.Include(c => c.Meetings).Include(c => c.Deadlines).ToListAsync()).Single(c => c.Period == ReportingPeriod.Parse("2010/11 Q3"));
        Assert.Equal(["Scrutiny Board 2011-03-17"], cycle.Meetings.Select(m => $"{m.Body} {m.Date:yyyy-MM-dd}"));
        Assert.Empty(cycle.Deadlines);
        Assert.Equal(7, await db.Priorities.CountAsync());
        Assert.Equal(23, await db.Trackers.CountAsync());
    }

    private static int LineOf(string text, string part) => text[..text.IndexOf(part, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    private async Task<long> LastAuditAsync()
    {
        await using WaymarkDb db = Open();
        return await db.AuditLog.MaxAsync(a => a.Id);
    }

    private async Task NothingStoredAsync()
    {
        await using WaymarkDb db = Open();
        Assert.Equal(
            (0, 0, 0, 0, 0),
            (await db.Councils.CountAsync(), await db.Users.CountAsync(), await db.Plans.CountAsync(), await db.Trackers.CountAsync(), await db.Areas.CountAsync()));
        Assert.Equal(["import", "indicator", "indicator_version"], (await db.AuditLog.Select(a => a.Entity).Distinct().ToListAsync()).Order(StringComparer.Ordinal));
    }
}
