using System.Globalization;

using Waymark.Benchmarking;
using Waymark.Periods;

using static Waymark.Data.Tests.Benchmarking.PublishedData;

namespace Waymark.Data.Tests.Benchmarking;

// Every expected figure was worked out by hand from the published rows of lait_bds_childrens_services_subset.csv
// (values rounded half up to one decimal, the dictionary giving dps NA and a % axis), the LAs of la_code_list.csv
// and the May 2025 neighbour model. Quartiles are type 7: for n values sorted, Qp = x[h] interpolated at h = (n - 1)p
// counting from 0. A rank is 1 + the number of LAs strictly better.
public class PublishedBenchmarkTests
{
    [Fact]
    public void LeedsInitialConferencesOnTime2023To24_HigherIsBetter_NearTheBottom()
    {
        // CP_conf_15days 2024 = 2023/24. 150 LAs have a value, 8 show '-'. Leeds 46.3: 146 LAs are higher, rank 147.
        // Q1 = x[37.25] = 72.6 + 0.25 x (72.8 - 72.6) = 72.65; Q2 = x[74.5] = 81.6 (81.6 and 81.6);
        // Q3 = x[111.75] = 88.2 + 0.75 x (88.6 - 88.2) = 88.5. 46.3 <= Q1 is the lowest interval: band D.
        // Neighbours 851 85.9, 882 75.2, 373 73.5, 826 69.0, 382 78.7, 355 81.6, 801 69.9, 852 72.0, 306 85.6,
        // 839 83.5: 774.9 / 10 = 77.49, shown 77.5. England (970) 79.7; Yorkshire and the Humber (982)
        // 75.099999999999994, shown 75.1.
        AreaBenchmark leeds = Benchmark("CP_conf_15days", 2024, 383);

        Assert.Equal(new AreaBenchmark("CP_conf_15days", ReportingPeriod.FinancialYear(2023), 383, 46.3m, 79.7m, 75.1m, 77.5m, 10, 147, 150, QuartileBand.D), leeds);
        Assert.Equal("2023/24", leeds.Period.ToString());
    }

    [Fact]
    public void SalfordInitialConferencesOnTime2023To24_ExactlyOnTheMedian_IsInTheSecondIntervalBandC()
    {
        // Salford (355) 81.6 equals Q2 = 81.6, so it lies in (Q1, Q2], the second interval from the bottom: C when
        // higher is better. One other LA has 81.6; 74 are higher, so both rank 75. Neighbours 373 73.5, 354 78.2,
        // 851 85.9, 391 79.7, 390 87.8, 350 85.4, 393 79.0, 357 91.5, 852 72.0, 383 46.3: 779.3 / 10 = 77.93, shown
        // 77.9. North West (981) 81.5.
        Assert.Equal(
            new AreaBenchmark("CP_conf_15days", ReportingPeriod.FinancialYear(2023), 355, 81.6m, 79.7m, 81.5m, 77.9m, 10, 75, 150, QuartileBand.C),
            Benchmark("CP_conf_15days", 2024, 355));
    }

    [Fact]
    public void LeedsReReferrals2023To24_LowerIsBetterAndTiedWithHalton_BothRank118()
    {
        // ReReferral 2024: 149 LAs have a value, 9 show '-'. Leeds and Halton (876) both have 24.2 and 117 LAs are
        // lower, so both rank 118. Q1 = x[37] = 17.7, Q2 = x[74] = 20.6, Q3 = x[111] = 23.6; 24.2 > Q3 is the highest
        // interval: band D when lower is better. Leeds' neighbours 24.0, 21.0, 16.4, 19.2, 19.3, 25.4, 25.2, 24.8,
        // 23.1, 25.2: 223.6 / 10 = 22.36, shown 22.4. England 22.4; Yorkshire and the Humber 21.7.
        AreaBenchmark leeds = Benchmark("ReReferral", 2024, 383);

        Assert.Equal(new AreaBenchmark("ReReferral", ReportingPeriod.FinancialYear(2023), 383, 24.2m, 22.4m, 21.7m, 22.4m, 10, 118, 149, QuartileBand.D), leeds);

        // Halton's neighbours 342 23.3, 840 17.0, 344 23.1, 394 19.4, 807 14.9, 370 22.4, 390 16.6, 372 17.7,
        // 808 30.3, 343 23.4: 208.1 / 10 = 20.81, shown 20.8. North West 21.2.
        Assert.Equal(
            new AreaBenchmark("ReReferral", ReportingPeriod.FinancialYear(2023), 876, 24.2m, 22.4m, 21.2m, 20.8m, 10, 118, 149, QuartileBand.D),
            Benchmark("ReReferral", 2024, 876));
    }

    [Fact]
    public void LeedsPlansLastingTwoYears2023To24_ManySuppressed_RanksAmongThoseWithValuesAndSixNeighbours()
    {
        // CPPlans2yrsActive 2024: 58 of the 158 LAs show '-', leaving 100. Leeds 3.1 ties with 5 others; 50 LAs are
        // lower: rank 51. Q1 = x[24.75] = 1.8 (1.8 and 1.8); Q2 = x[49.5] = 3.0 + 0.5 x (3.1 - 3.0) = 3.05;
        // Q3 = x[74.25] = 4.3 + 0.25 x (4.4 - 4.3) = 4.325. 3.1 is in (Q2, Q3], the third interval: band C.
        // Neighbours 851, 882, 826 and 801 show '-'; 373 4, 382 0, 355 3, 852 4, 306 3, 839 2.5: 16.5 / 6 = 2.75,
        // rounded half up 2.8. England 2.6; Yorkshire and the Humber 2.4.
        Assert.Equal(
            new AreaBenchmark("CPPlans2yrsActive", ReportingPeriod.FinancialYear(2023), 383, 3.1m, 2.6m, 2.4m, 2.8m, 6, 51, 100, QuartileBand.C),
            Benchmark("CPPlans2yrsActive", 2024, 383));
    }

    [Fact]
    public void LeedsPlansLastingTwoYears2019To20_LeedsSuppressed_NoRankOrBandButItsComparators()
    {
        // CPPlans2yrsActive 2020: Leeds shows '-', as do 66 other LAs; 91 have a value. Neighbours 882, 826 and 839
        // show '-'; 851 3.4, 373 1.5, 382 0, 355 5.3, 801 0, 852 1.8, 306 1.8: 13.8 / 7 = 1.971..., shown 2.0.
        // England 2.1; Yorkshire and the Humber 1.8.
        AreaBenchmark leeds = Benchmark("CPPlans2yrsActive", 2020, 383);

        Assert.Equal(new AreaBenchmark("CPPlans2yrsActive", ReportingPeriod.FinancialYear(2019), 383, null, 2.1m, 1.8m, 2.0m, 7, null, 91, null), leeds);
        Assert.Equal("2.0", leeds.StatisticalNeighbours!.Value.ToString(CultureInfo.InvariantCulture));
    }
}
