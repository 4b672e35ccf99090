using Microsoft.EntityFrameworkCore;

using Waymark.Data.Areas;
using Waymark.Data.Imports;
using Waymark.Data.Store;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Testing;

namespace Waymark.Data.Tests.Imports;

/// <summary>The imports of published DfE files (areas, LAIT, neighbour models, comparators), run against each engine by a subclass.</summary>
public abstract class PublishedImportTestsBase : IAsyncLifetime
{
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

    private async Task<ImportReport> ImportAsync(string kind, string fileName, string text, bool dryRun = false)
    {
        await using WaymarkDb db = Open();
        return await Importers.ByKind[kind](db, new StringReader(text), fileName, new ImportOptions("importer@example.org", clock, dryRun), CancellationToken.None);
    }

    private Task<ImportReport> ImportPublishedAsync(string kind, string file) => ImportAsync(kind, file, File.ReadAllText(RepositoryPaths.PublicData(file)));

    private async Task<ImportReport> ImportPublishedAreasAndMeasuresAsync()
    {
        Assert.True((await ImportPublishedAsync("areas", "la_code_list.csv")).Succeeded);
        Assert.True((await ImportPublishedAsync("lait-dictionary", "lait_data_dictionary_compact.csv")).Succeeded);
        ImportReport lait = await ImportPublishedAsync("lait", "lait_bds_childrens_services_subset.csv");
        Assert.True(lait.Succeeded, string.Join('\n', lait.Problems.Kept));
        return lait;
    }

    private static string[] Problems(ImportReport report) => [.. report.Problems.Kept.Select(p => p.ToString())];

    private static (long, long, long, long) Counts(ImportReport report) => (report.Rows, report.Added, report.Changed, report.Unchanged);

    [Fact]
    public async Task Areas_LaCodeList_StoresEnglandTheRegionsAndEachLaInItsRegion()
    {
        ImportReport report = await ImportPublishedAsync("areas", "la_code_list.csv");

        Assert.Equal((171L, 171L, 0L, 0L), Counts(report));
        await using WaymarkDb db = Open();
        Dictionary<string, Area> areas = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Code);
        Assert.Equal(("England", "england"), (areas["970"].Name, areas["970"].Kind));
        Assert.Equal(11, areas.Values.Count(a => a.Kind == "region"));
        Assert.Equal(158, areas.Values.Count(a => a.Kind == "la"));
        Assert.Equal(("Leeds", "MD", "Yorkshire and the Humber", "982"), (areas["383"].Name, areas["383"].LaType, areas.Values.Single(a => a.Id == areas["383"].RegionId).Name, areas.Values.Single(a => a.Id == areas["383"].RegionId).Code));
        Assert.Equal("988", areas.Values.Single(a => a.Id == areas["301"].RegionId).Code);
        Assert.All(areas.Values.Where(a => a.Kind == "la"), a => Assert.NotNull(a.RegionId));
    }

    [Fact]
    public async Task Areas_LaitLookupWithoutTypes_StoresTheSameAreas_AndKeepsTypesAlreadyStored()
    {
        ImportReport lookup = await ImportPublishedAsync("areas", "lait_la_and_region_lookup.csv");
        ImportReport list = await ImportPublishedAsync("areas", "la_code_list.csv");
        ImportReport lookupAgain = await ImportPublishedAsync("areas", "lait_la_and_region_lookup.csv");

        Assert.Equal((170L, 170L, 0L, 0L), Counts(lookup));
        Assert.Equal((171L, 1L, 158L, 12L), Counts(list));
        Assert.Equal((170L, 0L, 0L, 170L), Counts(lookupAgain));
        await using WaymarkDb db = Open();
        Area leeds = await db.Areas.AsNoTracking().SingleAsync(a => a.Code == "383");
        Assert.Equal(("MD", "982"), (leeds.LaType, (await db.Areas.SingleAsync(a => a.Id == leeds.RegionId)).Code));
    }

    [Fact]
    public async Task Areas_SameFileTwice_ChangesNothing_ARenamedLaIsUpdatedAndAudited()
    {
        string file = File.ReadAllText(RepositoryPaths.PublicData("la_code_list.csv"));
        await ImportAsync("areas", "la_code_list.csv", file);

        ImportReport again = await ImportAsync("areas", "la_code_list.csv", file);
        ImportReport renamed = await ImportAsync("areas", "la_code_list.csv", file.Replace("383,Leeds,", "383,Leeds City,", StringComparison.Ordinal));

        Assert.Equal((171L, 0L, 0L, 171L), Counts(again));
        Assert.Equal((171L, 0L, 1L, 170L), Counts(renamed));
        await using WaymarkDb db = Open();
        Assert.Equal("Leeds City", (await db.Areas.SingleAsync(a => a.Code == "383")).Name);
        var audit = await db.AuditLog.AsNoTracking().SingleAsync(a => a.Entity == "area" && a.Action == "changed");
        Assert.Contains("Leeds City", audit.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Areas_BadRows_StoreNothingAndNameEachRowColumnAndValue()
    {
        ImportReport report = await ImportAsync(
            "areas",
            "la.csv",
            "LA Number,LA Name,Region,Type\n970,England,NA,NA\n383,Leeds,Yorkshire and The Humber,MD\n38,Short,North West,MD\n384,Wakefield,Yorkshire and Humber,MD\n");
        ImportReport noRegion = await ImportAsync("areas", "la.csv", "LA Number,LA Name,Region,Type\n383,Leeds,Yorkshire and The Humber,MD\n");

        Assert.Equal(
            [
                "la.csv, line 4, column LA Number: '38' is not an LA number: use the three-digit DfE number, such as 383",
                "la.csv, line 5, column Region: 'Yorkshire and Humber' is not a region of England: use one of North East, North West, Yorkshire and The Humber, East Midlands, West Midlands, East of England, London, Inner London, Outer London, South East, South West",
            ],
            Problems(report));
        Assert.Equal(["la.csv, line 2, column Region: 'Yorkshire and The Humber' is not a region in the file or the store: add the region's own row, such as 982,Yorkshire and the Humber,NA,NA"], Problems(noRegion));
        await using WaymarkDb db = Open();
        Assert.Equal(0, await db.Areas.CountAsync());
    }

    [Fact]
    public async Task LaitDictionary_CreatesIndicatorsWithPolarityDecimalsYearTypeAndTopic_AndReimportChangesNothing()
    {
        ImportReport first = await ImportPublishedAsync("lait-dictionary", "lait_data_dictionary_compact.csv");
        ImportReport again = await ImportPublishedAsync("lait-dictionary", "lait_data_dictionary_compact.csv");

        Assert.True(first.Succeeded);
        Assert.Equal(first.Rows, first.Added);
        Assert.Equal((first.Rows, 0L, 0L, first.Rows), Counts(again));
        await using WaymarkDb db = Open();
        var conferences = await db.Indicators.AsNoTracking().SingleAsync(i => i.Code == "CP_conf_15days");
        Assert.Equal((Polarity.Higher, 1, YearType.Financial, Unit.Percent, "Child Protection", "lait"), (conferences.Definition.Polarity, conferences.Definition.Decimals, conferences.Definition.YearType, conferences.Definition.Unit, conferences.Topic, conferences.IndicatorSet));
        Assert.Equal("Initial child protection conferences held within 15 days of the start of the section 47 enquiries which led to a conference (%)", conferences.Definition.Title);
        var lowBirthWeight = await db.Indicators.AsNoTracking().SingleAsync(i => i.Code == "Low_Birth_Weight_Babies");
        Assert.Equal((Polarity.Lower, 2, YearType.Calendar), (lowBirthWeight.Definition.Polarity, lowBirthWeight.Definition.Decimals, lowBirthWeight.Definition.YearType));
        Assert.Equal(Polarity.None, (await db.Indicators.AsNoTracking().SingleAsync(i => i.Code == "PreChildDea")).Definition.Polarity);
    }

    [Fact]
    public async Task LaitDictionary_ChangedPolarity_IsANewVersionAndAudited_BadRowsAreNamed()
    {
        const string Header = "Measure_code,Topic,Measure,Chart_title,Measure_short,Polarity,y_axis_name,dps,Year_Type\n";
        await ImportAsync("lait-dictionary", "dictionary.csv", Header + "271,Child Protection,Re-referrals,Re-referrals (%),ReReferral,Low,% of referrals,NA,Financial Year\n");

        ImportReport changed = await ImportAsync("lait-dictionary", "dictionary.csv", Header + "271,Child Protection,Re-referrals,Re-referrals (%),ReReferral,High,% of referrals,NA,Financial Year\n");
        ImportReport bad = await ImportAsync("lait-dictionary", "dictionary.csv", Header + "1,Child Protection,Re-referrals,Re-referrals (%),ReReferral,Up,% of referrals,one,Financial Year\n");

        Assert.Equal((1L, 0L, 1L, 0L), Counts(changed));
        Assert.Equal(
            [
                "dictionary.csv, line 2, column Polarity: 'Up' is not a polarity: use High, Low, or - for none",
                "dictionary.csv, line 2, column dps: 'one' is not a number of decimal places: use a whole number from 0 to 6, or NA",
            ],
            Problems(bad));
        await using WaymarkDb db = Open();
        var reReferral = await db.Indicators.AsNoTracking().SingleAsync(i => i.Code == "ReReferral");
        Assert.Equal((Polarity.Higher, 2), (reReferral.Definition.Polarity, reReferral.Version));
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.Entity == "indicator" && a.Action == "changed"));
    }

    [Fact]
    public async Task Lait_PublishedSubset_StoresEachFigureForItsPeriodRoundedWithMarkersKept()
    {
        ImportReport report = await ImportPublishedAreasAndMeasuresAsync();

        Assert.Equal((42330L, 42330L, 0L, 0L), Counts(report));
        await using WaymarkDb db = Open();
        decimal?[] Value(string measure, string area, ReportingPeriod period) =>
            [.. db.AreaValues.AsNoTracking()
                .Where(v => v.IndicatorId == db.Indicators.Single(i => i.Code == measure).Id && v.AreaId == db.Areas.Single(a => a.Code == area).Id && v.Period == period)
                .Select(v => v.Value)];
        Assert.Equal([46.3m], Value("CP_conf_15days", "383", ReportingPeriod.FinancialYear(2023)));
        Assert.Equal([75.1m], Value("CP_conf_15days", "982", ReportingPeriod.FinancialYear(2023)));
        Assert.Equal([10.2m], Value("Under18concep", "302", ReportingPeriod.CalendarYear(2016)));
        AreaValue portsmouth = await db.AreaValues.AsNoTracking().SingleAsync(v =>
            v.IndicatorId == db.Indicators.Single(i => i.Code == "CPPlans2yrsActive").Id && v.AreaId == db.Areas.Single(a => a.Code == "851").Id && v.Period == ReportingPeriod.FinancialYear(2023));
        Assert.Equal((null, "-", new DateOnly(2023, 4, 1)), (portsmouth.Value, portsmouth.Suppression, portsmouth.PeriodStart));
        Assert.Equal(58, await db.AreaValues.CountAsync(v =>
            v.IndicatorId == db.Indicators.Single(i => i.Code == "CPPlans2yrsActive").Id && v.Period == ReportingPeriod.FinancialYear(2023) && v.Suppression == "-"
            && db.Areas.Any(a => a.Id == v.AreaId && a.Kind == "la")));
    }

    [Fact]
    public async Task Lait_SameFileTwice_ChangesNothing_ACorrectedFigureIsUpdatedAndAudited()
    {
        await ImportPublishedAreasAndMeasuresAsync();
        string file = File.ReadAllText(RepositoryPaths.PublicData("lait_bds_childrens_services_subset.csv"));

        ImportReport again = await ImportAsync("lait", "lait.csv", file);
        ImportReport corrected = await ImportAsync("lait", "lait.csv", file.Replace("CP_conf_15days,2024,383,Leeds,46.3", "CP_conf_15days,2024,383,Leeds,46.8", StringComparison.Ordinal).Replace("ReReferral,2024,383,Leeds,24.2", "ReReferral,2024,383,Leeds,c", StringComparison.Ordinal));

        Assert.Equal((42330L, 0L, 0L, 42330L), Counts(again));
        Assert.Equal((42330L, 0L, 2L, 42328L), Counts(corrected));
        await using WaymarkDb db = Open();
        var audits = await db.AuditLog.AsNoTracking().Where(a => a.Entity == "area_value").OrderBy(a => a.EntityKey).ToListAsync();
        Assert.Equal(["CP_conf_15days 2023/24 383", "ReReferral 2023/24 383"], audits.Select(a => a.EntityKey));
        Assert.Contains("46.3", audits[0].Before!, StringComparison.Ordinal);
        Assert.Contains("46.8", audits[0].After!, StringComparison.Ordinal);
        Assert.Contains("\"c\"", audits[1].After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lait_BadRows_StoreNothingAndNameEachRowColumnAndValue()
    {
        await ImportPublishedAreasAndMeasuresAsync();

        ImportReport report = await ImportAsync(
            "lait",
            "lait.csv",
            "Short Desc,Years,LA Number,LA and Regions,Values\n" +
            "ReReferral,2025,383,Leeds,20.1\n" +
            "ReReferal,2025,383,Leeds,20.1\n" +
            "ReReferral,2025,999,Nowhere,20.1\n" +
            "ReReferral,2025,383,Leeds,20.2\n" +
            "ReReferral,25,384,Wakefield,20.1\n" +
            "ReReferral,2025,384,Wakefield,twenty\n");

        Assert.Equal(
            [
                "lait.csv, line 3, column Short Desc: 'ReReferal' is not a measure in the store: import the LAIT data dictionary first (waymark import lait-dictionary), or check the code",
                "lait.csv, line 4, column LA Number: 999 (Nowhere) is not an area in the store: import the list of LAs and regions first (waymark import areas)",
                "lait.csv, line 5, column LA Number: ReReferral already has a value for 383 (Leeds) in 2025 on line 2",
                "lait.csv, line 6, column Years: '25' is not a year: use the year the period ends in, such as 2024, or a pair of years such as 2023-24",
                "lait.csv, line 7, column Values: 'twenty' is not a value: use a number such as 27.9, or one of - c x z .. : for no value, or leave it empty",
            ],
            Problems(report));
        await using WaymarkDb db = Open();
        Assert.Equal(
            [24.2m],
            await db.AreaValues.Where(v => v.Period == ReportingPeriod.FinancialYear(2024) && v.AreaId == db.Areas.Single(a => a.Code == "383").Id && v.IndicatorId == db.Indicators.Single(i => i.Code == "ReReferral").Id)
                .Select(v => v.Value).ToListAsync());
    }

    [Fact]
    public async Task Neighbours_BothPublishedModels_AreStoredByTheirDates()
    {
        await ImportPublishedAsync("areas", "la_code_list.csv");

        ImportReport may2025 = await ImportPublishedAsync("neighbours", "sn_may_2025.csv");
        ImportReport april2021 = await ImportPublishedAsync("neighbours", "sn_april_2021.csv");
        ImportReport again = await ImportPublishedAsync("neighbours", "sn_may_2025.csv");

        Assert.True(may2025.Succeeded, string.Join('\n', may2025.Problems.Kept));
        Assert.True(april2021.Succeeded, string.Join('\n', april2021.Problems.Kept));
        Assert.Equal((may2025.Rows, 0L, 0L, may2025.Rows), Counts(again));
        await using WaymarkDb db = Open();
        var models = await db.NeighbourModels.AsNoTracking().OrderBy(m => m.ModelDate).ToListAsync();
        Assert.Equal([("April 2021", new DateOnly(2021, 4, 1)), ("May 2025", new DateOnly(2025, 5, 1))], models.Select(m => (m.Name, m.ModelDate)));
        int leeds = (await db.Areas.SingleAsync(a => a.Code == "383")).Id;
        var codes = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Code);
        var leedsNeighbours = await db.Neighbours.AsNoTracking().Where(n => n.ModelId == models[1].Id && n.AreaId == leeds).OrderBy(n => n.Position).ToListAsync();
        Assert.Equal(["851", "882", "373", "826", "382", "355", "801", "852", "306", "839"], leedsNeighbours.Select(n => codes[n.NeighbourAreaId]));
        Assert.Equal(("Very close", "Close"), (leedsNeighbours[0].Closeness, leedsNeighbours[9].Closeness));
        Assert.Equal("373", codes[(await db.Neighbours.SingleAsync(n => n.ModelId == models[0].Id && n.AreaId == leeds && n.Position == 1)).NeighbourAreaId]);
    }

    [Fact]
    public async Task Neighbours_ChangedNeighbour_IsUpdatedAndAudited_BadRowsAreNamed()
    {
        await ImportPublishedAsync("areas", "la_code_list.csv");
        const string Header = "LA num,LA Name,LA number,GOInd,GOReg,SN1,SNP,SN2,SNP,SN3,SNP,SN4,SNP,SN5,SNP,SN6,SNP,SN7,SNP,SN8,SNP,SN9,SNP,SN10,SNP\n";
        await ImportAsync("neighbours", "sn_may_2025.csv", Header + "383,Leeds,383,9,Yorkshire and the Humber,851,Very close,882,Very close\n");

        ImportReport changed = await ImportAsync("neighbours", "sn_may_2025.csv", Header + "383,Leeds,383,9,YORKSHIRE AND THE HUMBER,851,Very close,373,Close\n");
        ImportReport bad = await ImportAsync("neighbours", "sn_may_2025.csv", Header + "383,Leeds,383,9,North West,851,Very close,999,Close\n");
        ImportReport undated = await ImportAsync("neighbours", "neighbours.csv", Header + "383,Leeds,383,9,Yorkshire and the Humber,851,Very close,882,Very close\n");

        Assert.Equal((1L, 0L, 1L, 0L), Counts(changed));
        Assert.Equal(
            [
                "sn_may_2025.csv, line 2, column GOReg: 'North West' is not the region of 383 (Leeds): the store has it in Yorkshire and the Humber",
                "sn_may_2025.csv, line 2, column SN2: 999 is not an LA in the store: import the list of LAs and regions first (waymark import areas)",
            ],
            Problems(bad));
        Assert.Equal(["neighbours.csv: The file's name does not say which model it is: name it by the month and year of the model, such as sn_may_2025.csv"], Problems(undated));
        await using WaymarkDb db = Open();
        Assert.Equal(2, await db.Neighbours.CountAsync());
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.Entity == "neighbour" && a.Action == "changed"));
    }

    [Fact]
    public async Task Comparators_StoreValuesForAnLaEnglandARegionAndTheNeighbours_AndReimportChangesNothing()
    {
        await ImportPublishedAsync("areas", "la_code_list.csv");
        await ImportAsync("indicators", "indicators.csv", "code,title,unit,polarity,frequency,aggregation,tolerance,decimals\nNI 66,Looked after children cases reviewed on time,percent,higher,quarterly,ratio,,1\n");
        const string File = "indicator,period,area,value\nNI 66,2010/11,383,81.64\nNI 66,2010/11,England,90.5\nNI 66,2010/11,Yorkshire and The Humber,88\nNI 66,2010/11,Statistical neighbours,87.2\n";

        ImportReport first = await ImportAsync("comparators", "comparators.csv", File);
        ImportReport again = await ImportAsync("comparators", "comparators.csv", File);
        ImportReport changed = await ImportAsync("comparators", "comparators.csv", File.Replace("90.5", "90.6", StringComparison.Ordinal));

        Assert.Equal((4L, 4L, 0L, 0L), Counts(first));
        Assert.Equal((4L, 0L, 0L, 4L), Counts(again));
        Assert.Equal((4L, 0L, 1L, 3L), Counts(changed));
        await using WaymarkDb db = Open();
        var values = await db.AreaValues.AsNoTracking().Join(db.Areas, v => v.AreaId, a => a.Id, (v, a) => new { a.Code, v.Value }).ToDictionaryAsync(x => x.Code, x => x.Value);
        Assert.Equal(81.6m, values["383"]);
        Assert.Equal(90.6m, values["970"]);
        Assert.Equal(88.0m, values["982"]);
        Assert.Equal(87.2m, values["Statistical neighbours"]);
        Assert.Equal("NI 66 2010/11 970", (await db.AuditLog.SingleAsync(a => a.Entity == "area_value")).EntityKey);
    }

    [Fact]
    public async Task Comparators_BadRows_StoreNothingAndNameEachRowColumnAndValue()
    {
        await ImportPublishedAsync("areas", "la_code_list.csv");
        await ImportAsync("indicators", "indicators.csv", "code,title,unit,polarity,frequency,aggregation,tolerance,decimals\nNI 66,Looked after children cases reviewed on time,percent,higher,quarterly,ratio,,1\n");

        ImportReport report = await ImportAsync("comparators", "comparators.csv", "indicator,period,area,value\nNI 66,2010/11,383,81.6\nNI 66,2010/11,999,80\n");
        ImportReport unreadable = await ImportAsync("comparators", "comparators.csv", "indicator,period,area,value\nNI 67,2010/11,383,81.6\nNI 66,2010/11,Leeds,80\n");

        Assert.Equal(["comparators.csv, line 3, column area: '999' is not an area in the store: import the list of LAs and regions first (waymark import areas)"], Problems(report));
        Assert.Equal(2, unreadable.Problems.Count);
        Assert.Equal((2L, "indicator", 3L, "area"), (unreadable.Problems.Kept[0].Line, unreadable.Problems.Kept[0].Column, unreadable.Problems.Kept[1].Line, unreadable.Problems.Kept[1].Column));
        await using WaymarkDb db = Open();
        Assert.Equal(0, await db.AreaValues.CountAsync());
    }
}
