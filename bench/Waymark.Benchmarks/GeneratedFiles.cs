using System.Globalization;
using System.Text;

namespace Waymark.Benchmarks;

/// <summary>
/// Writes indicators.csv, targets.csv and a results.csv of a given number of rows: indicators x 40 quarters
/// (2000/01 Q1 to 2009/10 Q4), about one row in five given as numerator and denominator, one in fifty withheld,
/// some with commentary that needs quoting.
/// </summary>
internal static class GeneratedFiles
{
    public const int Quarters = 40;

    public static void Write(string directory, int resultRows)
    {
        Directory.CreateDirectory(directory);
        int indicators = Math.Max(1, resultRows / Quarters);
        var random = new Random(42);
        var utf8 = new UTF8Encoding(false);

        using (var w = new StreamWriter(Path.Combine(directory, "indicators.csv"), false, utf8))
        {
            w.Write("code,title,unit,polarity,frequency,aggregation,tolerance,decimals\n");
            for (int i = 0; i < indicators; i++)
            {
                string polarity = (i % 3) switch { 0 => "higher", 1 => "lower", _ => "none" };
                string aggregation = i % 4 == 0 ? "cumulative" : "ratio";
                string unit = i % 4 == 0 ? "number" : "percent";
                string decimals = i % 4 == 0 ? "0" : "1";
                w.Write(string.Create(CultureInfo.InvariantCulture, $"PI {i},Generated indicator {i},{unit},{polarity},quarterly,{aggregation},,{decimals}\n"));
            }
        }

        using (var w = new StreamWriter(Path.Combine(directory, "targets.csv"), false, utf8))
        {
            w.Write("indicator,period,target\n");
            for (int i = 0; i < indicators; i++)
            {
                for (int year = 2000; year < 2010; year++)
                {
                    w.Write(string.Create(CultureInfo.InvariantCulture, $"PI {i},{year}/{(year + 1) % 100:D2},{60 + random.Next(0, 300) / 10m}\n"));
                }
            }
        }

        using (var w = new StreamWriter(Path.Combine(directory, "results.csv"), false, utf8, 1 << 16))
        {
            w.Write("indicator,period,value,numerator,denominator,predicted_year_end,data_quality,commentary\n");
            int written = 0;
            for (int q = 0; q < Quarters && written < resultRows; q++)
            {
                int year = 2000 + (q / 4);
                string period = string.Create(CultureInfo.InvariantCulture, $"{year}/{(year + 1) % 100:D2} Q{(q % 4) + 1}");
                for (int i = 0; i < indicators && written < resultRows; i++, written++)
                {
                    string quality = i % 50 == 7 ? "withheld" : string.Empty;
                    string commentary = i % 10 == 3 ? "\"Below profile, see \"\"action plan\"\", reviewed monthly\"" : string.Empty;
                    if (i % 5 == 1 && i % 4 != 0)
                    {
                        int denominator = 200 + random.Next(0, 800);
                        int numerator = random.Next(denominator / 2, denominator);
                        w.Write(string.Create(CultureInfo.InvariantCulture, $"PI {i},{period},,{numerator},{denominator},,{quality},{commentary}\n"));
                    }
                    else
                    {
                        decimal value = i % 4 == 0 ? random.Next(0, 2000) : random.Next(400, 1000) / 10m;
                        w.Write(string.Create(CultureInfo.InvariantCulture, $"PI {i},{period},{value},,,,{quality},{commentary}\n"));
                    }
                }
            }
        }
    }
}
