using Microsoft.EntityFrameworkCore;

using Waymark.Data.Areas;
using Waymark.Data.Files;
using Waymark.Data.Imports;
using Waymark.Data.Store;
using Waymark.Periods;
using Waymark.Testing;

namespace Waymark.Data.Tests.Imports;

/// <summary>The import of DfE's tidy statistics files through a mapping file, run against each engine by a subclass.</summary>
public abstract class TidyImportTestsBase : IAsyncLifetime
{
    private const string CppFile = "dfe_cpps_subsequent_plan_2013_to_2025.csv";
    private const string Mapping = "measure,value,numerator,denominator\nPrevRegCPR,CPP_subsequent_percent,CPP_subsequent,CPP_start\n";
    private const string Header = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,category,CPP_start,CPP_subsequent,CPP_subsequent_percent\n";

    private readonly FakeClock clock = new(new DateTimeOffset(2025, 9, 2, 9, 0, 0, TimeSpan.Zero));

    protected DatabaseLocation Location { get; set; } = DatabaseLocation.Default;

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    protected WaymarkDb Open() => WaymarkDatabase.Open(Location, clock, "importer@example.org");

    protected async Task MigrateAsync()
    {
        await using WaymarkDb db = Open();
        await SchemaMigrator.MigrateAsync(db, clock);
        foreach ((string kind, string file) in new[] { ("areas", "la_code_list.csv"), ("lait-dictionary", "lait_data_dictionary_compact.csv") })
        {
            ImportReport report = await Importers.ByKind[kind](db, new StringReader(File.ReadAllText(RepositoryPaths.PublicData(file))), file, new ImportOptions("importer@example.org", clock), CancellationToken.None);
            Assert.True(report.Succeeded, string.Join('\n', report.Problems.Kept));
        }
    }

    private async Task<ImportReport> ImportAsync(string text, string mapping = Mapping, string fileName = "cpp.csv")
    {
        var problems = new FileProblems();
        TidyMapping? read = TidyMapping.Read(new StringReader(mapping), "mapping.csv", problems);
        Assert.True(read is not null, string.Join('\n', problems.Kept));
        await using WaymarkDb db = Open();
        return await Importers.ByKind[TidyImport.Kind](db, new StringReader(text), fileName, new ImportOptions("importer@example.org", clock, Mapping: read), CancellationToken.None);
    }

    private static string[] Problems(ImportReport report) => [.. report.Problems.Kept.Select(p => p.ToString())];

    private async Task<AreaValue> FigureAsync(string areaCode, string period)
    {
        await using WaymarkDb db = Open();
        ReportingPeriod p = ReportingPeriod.Parse(period);
        int measure = await db.Indicators.Where(i => i.Code == "PrevRegCPR").Select(i => i.Id).SingleAsync();
        int area = await db.Areas.Where(a => a.Code == areaCode).Select(a => a.Id).SingleAsync();
        return await db.AreaValues.AsNoTracking().SingleAsync(v => v.IndicatorId == measure && v.AreaId == area && v.Period == p);
    }

    // By hand from the file's 2025 rows (the year to 31 March 2025, so the financial year 2024/25): Leeds 191 of 829
    // plans started were second or subsequent plans, 23.04%, published as 23; Rutland 7 of 38, 18.42%, published 18.4;
    // Cornwall 123 of 447, 27.52%, published 27.5; England 15,130 of 61,840, 24.47%, published 24.5; Yorkshire and The
    // Humber 1,790 of 7,260, 24.66%, published 24.7.
    [Fact]
    public async Task CppFile_StoresEveryAreasValueCountAndDenominator()
    {
        ImportReport report = await ImportAsync(File.ReadAllText(RepositoryPaths.PublicData(CppFile)), fileName: CppFile);

        Assert.True(report.Succeeded, string.Join('\n', Problems(report)));
        Assert.Equal((2132L, 2132L, 0L), (report.Rows, report.Added, report.Changed));
        foreach ((string area, decimal value, decimal count, decimal outOf) in new[]
        {
            ("383", 23m, 191m, 829m), ("857", 18.4m, 7m, 38m), ("908", 27.5m, 123m, 447m), ("970", 24.5m, 15_130m, 61_840m), ("982", 24.7m, 1_790m, 7_260m),
        })
        {
            AreaValue figure = await FigureAsync(area, "2024/25");
            Assert.Equal((value, count, outOf, (string?)null), (figure.Value, figure.Numerator, figure.Denominator, figure.Suppression));
            Assert.Equal(Math.Round(count / outOf * 100m, 1, MidpointRounding.AwayFromZero), figure.Value);
        }

        Assert.Equal((0m, 0m, (decimal?)null), ((await FigureAsync("420", "2024/25")).Value, (await FigureAsync("420", "2024/25")).Numerator, (await FigureAsync("420", "2024/25")).Denominator));
        AreaValue scilly = await FigureAsync("420", "2023/24");
        Assert.Equal(((decimal?)null, "z", 0m, 0m), (scilly.Value, scilly.Suppression, scilly.Numerator, scilly.Denominator));
        Assert.Equal((21.8m, 180m, 826m), ((await FigureAsync("383", "2022/23")).Value, (await FigureAsync("383", "2022/23")).Numerator, (await FigureAsync("383", "2022/23")).Denominator));
    }

    [Fact]
    public async Task SameFileTwice_ChangesNothing_AChangedCountIsAChange()
    {
        string file = Header
            + "2025,Reporting year,National,E92000001,England,,,,,,x,61840,15130,24.5\n"
            + "2025,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,383,E08000035,Leeds,x,829,191,23\n";
        await ImportAsync(file);

        ImportReport again = await ImportAsync(file);
        ImportReport recounted = await ImportAsync(file.Replace(",829,191,23", ",830,191,23", StringComparison.Ordinal));

        Assert.Equal((2L, 0L, 0L, 2L), (again.Rows, again.Added, again.Changed, again.Unchanged));
        Assert.Equal((0L, 1L), (recounted.Added, recounted.Changed));
        Assert.Equal(830m, (await FigureAsync("383", "2024/25")).Denominator);
    }

    [Fact]
    public async Task LaitAfterwards_LeavesTheFigureTheTidyFileGaveWithItsCount()
    {
        await ImportAsync(Header + "2025,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,383,E08000035,Leeds,x,829,191,23\n");
        await using (WaymarkDb db = Open())
        {
            ImportReport lait = await Importers.ByKind["lait"](db, new StringReader("Short Desc,Years,LA Number,LA and Regions,Values\nPrevRegCPR,2025,383,Leeds,23.1\n"), "lait.csv", new ImportOptions("importer@example.org", clock), CancellationToken.None);
            Assert.Equal((0L, 0L, 1L), (lait.Added, lait.Changed, lait.Unchanged));
        }

        AreaValue figure = await FigureAsync("383", "2024/25");
        Assert.Equal((23m, 191m, 829m), (figure.Value, figure.Numerator, figure.Denominator));
    }

    [Fact]
    public async Task BadRows_StoreNothing_AndNameEachLineColumnAndValue()
    {
        string file = Header
            + "2025,Reporting year,National,E92000001,England,,,,,,x,61840,15130,24.5\n"
            + "2025,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,383,E08000035,Leeds,x,829,900,23\n"
            + "2025,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,384,E08000036,Wakefield,x,-3,1,2\n"
            + "20x5,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,380,E08000032,Bradford,x,500,100,20\n"
            + "2025,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,999,E08000099,Nowhere,x,500,100,20\n"
            + "2025,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,381,E08000033,Calderdale,x,500,one hundred,20\n"
            + "2025,Reporting year,Regional,E92000001,England,E12000003,Yorkshire and Humber,,,,x,7260,1790,24.7\n"
            + "2025,Reporting year,Local authority district,E92000001,England,E12000003,Yorkshire and The Humber,,,,x,1,1,100\n";

        ImportReport report = await ImportAsync(file);

        Assert.Equal(
            [
                "cpp.csv, line 3, column CPP_subsequent: The count of PrevRegCPR for Leeds is 900, more than its denominator 829: a percentage's count cannot be more than what it is out of",
                "cpp.csv, line 4, column CPP_start: The denominator of PrevRegCPR for Wakefield is -3: a denominator must be 0 or more, or withheld (c, x, z)",
                "cpp.csv, line 5, column time_period: '20x5' is not a time period: use a year such as 2025, or a pair of years written together such as 202425",
                "cpp.csv, line 6, column old_la_code: 999 (Nowhere) is not an area in the store: import the list of LAs and regions first (waymark import areas)",
                "cpp.csv, line 7, column CPP_subsequent: 'one hundred' is not a count: use a number such as 24.5, or one of c x z u k low : - .. for no figure, or leave it empty",
                "cpp.csv, line 8, column region_name: the region 'Yorkshire and Humber' is not an area in the store: import the list of LAs and regions first (waymark import areas)",
            ],
            Problems(report));
        await using WaymarkDb db = Open();
        Assert.Equal(0, await db.AreaValues.CountAsync());
    }

    [Fact]
    public async Task Mapping_NamesAMeasureOrColumnThatIsNotThere_StoresNothing()
    {
        ImportReport unknown = await ImportAsync(Header, "measure,value\nNoSuchMeasure,CPP_subsequent_percent\n");
        ImportReport noColumn = await ImportAsync(Header + "2025,Reporting year,National,E92000001,England,,,,,,x,61840,15130,24.5\n", "measure,value,numerator,denominator\nPrevRegCPR,CPP_subsequent_pct,CPP_subsequent,CPP_begun\n");
        await using WaymarkDb db = Open();
        ImportReport none = await Importers.ByKind[TidyImport.Kind](db, new StringReader(Header), "cpp.csv", new ImportOptions("importer@example.org", clock), CancellationToken.None);

        Assert.Equal(["mapping.csv, line 2, column measure: 'NoSuchMeasure' is not a measure in the store: import it first (waymark import indicators, or lait-dictionary for a LAIT measure), or check the code"], Problems(unknown));
        Assert.Equal(
            [
                "mapping.csv, line 2, column value: cpp.csv has no column 'CPP_subsequent_pct': name one of its columns, as its header writes it",
                "mapping.csv, line 2, column denominator: cpp.csv has no column 'CPP_begun': name one of its columns, as its header writes it",
            ],
            Problems(noColumn));
        Assert.Equal(["cpp.csv: A DfE tidy file is read through a mapping file that names each measure's columns: give it with --mapping FILE (see the user guide)"], Problems(none));
        Assert.Equal(0, await db.AreaValues.CountAsync());
    }

    [Fact]
    public async Task Mapping_FilterPicksTheRowsOfOneBreakdown()
    {
        string file = Header
            + "2025,Reporting year,National,E92000001,England,,,,,,All plans,61840,15130,24.5\n"
            + "2025,Reporting year,National,E92000001,England,,,,,,Under 5,20000,4000,20\n";

        ImportReport all = await ImportAsync(file);
        ImportReport filtered = await ImportAsync(file, Mapping.Replace("CPP_start\n", "CPP_start,category,Under 5\n", StringComparison.Ordinal).Replace("denominator\n", "denominator,filter_column,filter_value\n", StringComparison.Ordinal));

        Assert.Equal(["cpp.csv, line 3, column time_period: PrevRegCPR already has a figure for England in 2025 on line 2: if the file has a breakdown, pick one of its rows with filter_column and filter_value in the mapping"], Problems(all));
        Assert.True(filtered.Succeeded, string.Join('\n', Problems(filtered)));
        Assert.Equal((20m, 4_000m, 20_000m), ((await FigureAsync("970", "2024/25")).Value, (await FigureAsync("970", "2024/25")).Numerator, (await FigureAsync("970", "2024/25")).Denominator));
    }

    [Theory]
    [InlineData("measure,value,numerator\nPrevRegCPR,CPP_subsequent_percent,CPP_subsequent\n", "mapping.csv, line 2, column denominator: Give both the numerator's column and the denominator's, or neither")]
    [InlineData("measure,value\nPrevRegCPR,CPP_subsequent_percent\nprevregcpr,CPP_subsequent_percent\n", "mapping.csv, line 3, column measure: prevregcpr is mapped already on line 2: map each measure once")]
    [InlineData("measure,value,filter_column\nPrevRegCPR,CPP_subsequent_percent,category\n", "mapping.csv, line 2, column filter_value: Give both the filter column and the value it must have, or neither")]
    [InlineData("measure,value\nPrevRegCPR,\n", "mapping.csv, line 2, column value: Enter the column that holds the measure's published value, such as CPP_subsequent_percent")]
    [InlineData("measure,value\n", "mapping.csv, line 1: The mapping has no measures: add a line such as PrevRegCPR,CPP_subsequent_percent,CPP_subsequent,CPP_start")]
    [InlineData("measure\nPrevRegCPR\n", "mapping.csv, line 1: The header has no column value: the file needs at least the columns measure,value")]
    public void MappingFile_Wrong_SaysWhere(string text, string expected)
    {
        var problems = new FileProblems();

        Assert.Null(TidyMapping.Read(new StringReader(text), "mapping.csv", problems));
        Assert.Equal([expected], problems.Kept.Select(p => p.ToString()));
    }
}
