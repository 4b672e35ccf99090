using Microsoft.EntityFrameworkCore;

using Waymark.Data.Breakdowns;
using Waymark.Data.Exports;
using Waymark.Data.Imports;
using Waymark.Data.Store;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Testing;

namespace Waymark.Data.Tests.Imports;

/// <summary>DfE's NEET dashboard files imported into breakdowns and their gaps, run against each engine by a subclass.</summary>
public abstract class NeetDashboardImportTestsBase : IAsyncLifetime
{
    private const string Header = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,Age," +
        "Cohort_DJFavg,NEET_not_known_percent,NEET_NK_noSEN_percent,NEET_NK_EHCP_percent,NEET_NK_SENDsupport_percent,VG_cohort_DJF_avg,VG_NEET_NK_percentage\n";

    private readonly FakeClock clock = new(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero));

    protected DatabaseLocation Location { get; set; } = DatabaseLocation.Default;

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    protected WaymarkDb Open() => WaymarkDatabase.Open(Location, clock, "importer@example.org");

    protected async Task MigrateAsync()
    {
        await using WaymarkDb db = Open();
        await SchemaMigrator.MigrateAsync(db, clock);
    }

    private async Task<ImportReport> ImportAsync(string kind, string fileName, string text)
    {
        await using WaymarkDb db = Open();
        return await Importers.ByKind[kind](db, new StringReader(text), fileName, new ImportOptions("importer@example.org", clock, false), CancellationToken.None);
    }

    private Task<ImportReport> ImportPublishedAsync(string kind, string file) => ImportAsync(kind, file, File.ReadAllText(RepositoryPaths.PublicData(file)));

    private async Task<string[]> GapsAsync(string area, string period, string? dimension = "sen_status")
    {
        await using WaymarkDb db = Open();
        (StoredGaps? gaps, var problem) = await StoredGaps.LoadAsync(db, "NEET_NK_16_17", area, period, dimension);
        Assert.True(gaps is not null, problem?.Message);
        using var text = new StringWriter();
        await CsvTableWriter.WriteAsync(GapExport.Create(gaps), text);
        return text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
    }

    [Fact]
    public async Task BothFiles_StoreEveryAreasGroups_AndTheMeasureAndBreakdowns()
    {
        Assert.True((await ImportPublishedAsync("areas", "la_code_list.csv")).Succeeded);

        ImportReport first = await ImportPublishedAsync("neet-dashboard", "dfe_neet_la_dashboard_2021.csv");
        ImportReport second = await ImportPublishedAsync("neet-dashboard", "dfe_neet_la_dashboard_2022.csv");
        ImportReport again = await ImportPublishedAsync("neet-dashboard", "dfe_neet_la_dashboard_2022.csv");

        // 2021: 159 areas (the file's two example rows passed over), each with all in both dimensions, and England
        // alone by SEN status and vulnerable group: 159 x 2 + 4 = 322. 2022: 160 areas x 6 figures, 8 of them marks.
        Assert.True(first.Succeeded, string.Join('\n', first.Problems.Kept));
        Assert.Equal((322L, 322L, 0L), (first.Rows, first.Added, first.Changed));
        Assert.Equal((960L, 960L, 0L), (second.Rows, second.Added, second.Changed));
        Assert.Equal((960L, 0L, 0L, 960L), (again.Rows, again.Added, again.Changed, again.Unchanged));
        Assert.Equal("dfe_neet_la_dashboard_2022.csv: 960 figures read; 0 were added, 0 were changed, 960 unchanged.", again.Summary());
        await using WaymarkDb db = Open();
        Assert.Equal(8, await db.GroupAreaValues.CountAsync(v => v.Suppression != null && v.Value == null));
        var measure = await db.Indicators.AsNoTracking().SingleAsync(i => i.Code == "NEET_NK_16_17");
        Assert.Equal((Unit.Percent, Polarity.Lower, 1, YearType.Calendar), (measure.Definition.Unit, measure.Definition.Polarity, measure.Definition.Decimals, measure.Definition.YearType));
        var dimensions = await db.Dimensions.AsNoTracking().Include(d => d.Groups).OrderBy(d => d.Code).ToListAsync();
        Assert.Equal(
            ["sen_status: all, no_sen, ehcp>no_sen, sen_support>no_sen", "vulnerable_group: all, vulnerable"],
            dimensions.Select(d => $"{d.Code}: " + string.Join(", ", d.Groups.OrderBy(g => g.Position).Select(g => g.Complement is null ? g.Code : $"{g.Code}>{g.Complement}"))));
        var leedsCohort = await (from v in db.GroupAreaValues.AsNoTracking()
                                 join a in db.Areas on v.AreaId equals a.Id
                                 join g in db.DimensionGroups on v.GroupId equals g.Id
                                 where a.Code == "383" && g.Code == "vulnerable" && v.Period == ReportingPeriod.Parse("2022")
                                 select new { v.Value, v.Cohort }).SingleAsync();
        Assert.Equal((25.5m, 378m), (leedsCohort.Value, leedsCohort.Cohort));
    }

    [Fact]
    public async Task Gaps_ThreeLas_2022_AsWorkedOutByHandFromTheFiles()
    {
        Assert.True((await ImportPublishedAsync("areas", "la_code_list.csv")).Succeeded);
        Assert.True((await ImportPublishedAsync("neet-dashboard", "dfe_neet_la_dashboard_2021.csv")).Succeeded);
        Assert.True((await ImportPublishedAsync("neet-dashboard", "dfe_neet_la_dashboard_2022.csv")).Succeeded);

        // England 2022: all 4.7, no SEN 4.2, EHC plan 8.6, SEN support 8.4. England 2021: all 5.5. The 2021 file has
        // no LA figures by SEN status, so only the all-against-England gap has a year earlier.
        //
        // Leeds (383) 2022: all 7.8, no SEN 6.8, EHC plan 13.6, SEN support 13.1; 2021 all 7.9.
        //   all - England 7.8 - 4.7 = 3.1, a year earlier 7.9 - 5.5 = 2.4: larger, widening.
        //   no SEN: 6.8 - 7.8 = -1.0 against all; 6.8 - 4.2 = 2.6 against England.
        //   EHC plan: 13.6 - 7.8 = 5.8; against no SEN 13.6 - 6.8 = 6.8; against England 13.6 - 8.6 = 5.0.
        //   SEN support: 13.1 - 7.8 = 5.3; 13.1 - 6.8 = 6.3; 13.1 - 8.4 = 4.7.
        Assert.Equal(
            [
                "measure,period,area,dimension,group,value,compared_with,compared_value,gap,previous_gap,gap_direction",
                "NEET_NK_16_17,2022,383,sen_status,all,7.8,england,4.7,3.1,2.4,widening",
                "NEET_NK_16_17,2022,383,sen_status,no_sen,6.8,all,7.8,-1.0,,not_comparable",
                "NEET_NK_16_17,2022,383,sen_status,no_sen,6.8,england,4.2,2.6,,not_comparable",
                "NEET_NK_16_17,2022,383,sen_status,ehcp,13.6,all,7.8,5.8,,not_comparable",
                "NEET_NK_16_17,2022,383,sen_status,ehcp,13.6,complement,6.8,6.8,,not_comparable",
                "NEET_NK_16_17,2022,383,sen_status,ehcp,13.6,england,8.6,5.0,,not_comparable",
                "NEET_NK_16_17,2022,383,sen_status,sen_support,13.1,all,7.8,5.3,,not_comparable",
                "NEET_NK_16_17,2022,383,sen_status,sen_support,13.1,complement,6.8,6.3,,not_comparable",
                "NEET_NK_16_17,2022,383,sen_status,sen_support,13.1,england,8.4,4.7,,not_comparable",
            ],
            await GapsAsync("383", "2022"));

        // Gloucestershire (916) 2022: all 3.2, no SEN 2.9, EHC plan 10.5, SEN support 6.3; 2021 all 4 (4.0).
        //   all - England 3.2 - 4.7 = -1.5, a year earlier 4.0 - 5.5 = -1.5: the same size, static.
        //   EHC plan: 10.5 - 3.2 = 7.3; 10.5 - 2.9 = 7.6; 10.5 - 8.6 = 1.9.
        //   SEN support: 6.3 - 3.2 = 3.1; 6.3 - 2.9 = 3.4; 6.3 - 8.4 = -2.1 (below England's).
        string[] gloucestershire = await GapsAsync("916", "2022");
        Assert.Equal("NEET_NK_16_17,2022,916,sen_status,all,3.2,england,4.7,-1.5,-1.5,static", gloucestershire[1]);
        Assert.Equal("NEET_NK_16_17,2022,916,sen_status,no_sen,2.9,all,3.2,-0.3,,not_comparable", gloucestershire[2]);
        Assert.Equal(
            [
                "NEET_NK_16_17,2022,916,sen_status,ehcp,10.5,all,3.2,7.3,,not_comparable",
                "NEET_NK_16_17,2022,916,sen_status,ehcp,10.5,complement,2.9,7.6,,not_comparable",
                "NEET_NK_16_17,2022,916,sen_status,ehcp,10.5,england,8.6,1.9,,not_comparable",
                "NEET_NK_16_17,2022,916,sen_status,sen_support,6.3,all,3.2,3.1,,not_comparable",
                "NEET_NK_16_17,2022,916,sen_status,sen_support,6.3,complement,2.9,3.4,,not_comparable",
                "NEET_NK_16_17,2022,916,sen_status,sen_support,6.3,england,8.4,-2.1,,not_comparable",
            ],
            gloucestershire[4..]);

        // Derbyshire (830) 2022: all 2.4, no SEN 2.3, EHC plan 4.8, SEN support "c" (suppressed); 2021 all 3.3.
        //   all - England 2.4 - 4.7 = -2.3, a year earlier 3.3 - 5.5 = -2.2: larger, widening.
        //   EHC plan: 4.8 - 2.4 = 2.4; 4.8 - 2.3 = 2.5; 4.8 - 8.6 = -3.8.
        //   SEN support: no gap is worked out from a suppressed figure.
        string[] derbyshire = await GapsAsync("830", "2022");
        Assert.Equal("NEET_NK_16_17,2022,830,sen_status,all,2.4,england,4.7,-2.3,-2.2,widening", derbyshire[1]);
        Assert.Equal(
            [
                "NEET_NK_16_17,2022,830,sen_status,ehcp,4.8,all,2.4,2.4,,not_comparable",
                "NEET_NK_16_17,2022,830,sen_status,ehcp,4.8,complement,2.3,2.5,,not_comparable",
                "NEET_NK_16_17,2022,830,sen_status,ehcp,4.8,england,8.6,-3.8,,not_comparable",
                "NEET_NK_16_17,2022,830,sen_status,sen_support,c,all,2.4,,,not_comparable",
                "NEET_NK_16_17,2022,830,sen_status,sen_support,c,complement,2.3,,,not_comparable",
                "NEET_NK_16_17,2022,830,sen_status,sen_support,c,england,8.4,,,not_comparable",
            ],
            derbyshire[4..]);
    }

    [Fact]
    public async Task Gaps_VulnerableGroupOfEngland_IsComparedOnlyWithAll()
    {
        Assert.True((await ImportPublishedAsync("areas", "la_code_list.csv")).Succeeded);
        Assert.True((await ImportPublishedAsync("neet-dashboard", "dfe_neet_la_dashboard_2021.csv")).Succeeded);
        Assert.True((await ImportPublishedAsync("neet-dashboard", "dfe_neet_la_dashboard_2022.csv")).Succeeded);

        // England 2022: vulnerable groups 23.6 against all 4.7 = 18.9; 2021: 23.6 - 5.5 = 18.1, so widening.
        Assert.Equal(
            ["NEET_NK_16_17,2022,970,vulnerable_group,vulnerable,23.6,all,4.7,18.9,18.1,widening"],
            (await GapsAsync("England", "2022", "vulnerable_group"))[1..]);
    }

    [Fact]
    public async Task BadFile_StoresNothingAndNamesEveryRowAndField()
    {
        Assert.True((await ImportPublishedAsync("areas", "la_code_list.csv")).Succeeded);

        ImportReport report = await ImportAsync(
            "neet-dashboard",
            "neet.csv",
            Header +
            "2022,Calendar year,National,E92000001,England,,,,,,16-17,1208392.7,4.7,4.2,8.6,8.4,28070,23.6\n" +
            "2022,Calendar year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,383,E08000035,Leeds,16-17,17424,7.8,6.8,13.6,13.1,378,25.5\n" +
            "2022,Calendar year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,999,E0,Nowhere,16-17,100,7.8,6.8,13.6,13.1,3,25.5\n" +
            "2022,Calendar year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,383,E08000035,Leeds,16-17,17424,7.8,6.8,13.6,13.1,378,25.5\n" +
            "2022,Calendar year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,384,E08000036,Wakefield,16-17,4000,7.8,6.8,113.6,n/a,-3,25.5\n" +
            "2022/23,Calendar year,Regional,E92000001,England,E12000003,Atlantis,,,,16-17,4000,7.8,6.8,13.6,13.1,3,25.5\n" +
            "2022,Calendar year,Ward,E92000001,England,E12000003,Yorkshire and The Humber,,,,16-17,4000,7.8,6.8,13.6,13.1,3,25.5\n");

        Assert.False(report.Succeeded);
        Assert.Equal(
            [
                "neet.csv, line 4, column old_la_code: '999' is not an LA in the store: import the list of LAs and regions first (waymark import areas)",
                "neet.csv, line 5, column old_la_code: 383 already has a row for 2022 on line 3",
                "neet.csv, line 6, column NEET_NK_EHCP_percent: '113.6' is not a percentage from 0 to 100",
                "neet.csv, line 6, column NEET_NK_SENDsupport_percent: 'n/a' is not a number nor one of DfE's marks (c, x, z, low, :, ..)",
                "neet.csv, line 6, column VG_cohort_DJF_avg: '-3' is not a number of young people: it cannot be negative",
                "neet.csv, line 7, column region_name: 'Atlantis' is not a region in the store: import the list of LAs and regions first (waymark import areas)",
                "neet.csv, line 7, column time_period: '2022/23' is not a calendar year: the NEET dashboard gives the year of its December to February average, such as 2022",
                "neet.csv, line 8, column geographic_level: 'Ward' is not a geographic level of the NEET dashboard: use National, Regional or Local authority",
            ],
            report.Problems.Kept.Select(p => p.ToString()));
        await using WaymarkDb db = Open();
        Assert.False(await db.GroupAreaValues.AnyAsync());
        Assert.False(await db.Indicators.AnyAsync());
    }
}
