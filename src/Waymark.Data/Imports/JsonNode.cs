using System.Globalization;
using System.Text.Json;

using Waymark.Periods;
using Waymark.Texts;

namespace Waymark.Data.Imports;

/// <summary>
/// One value of a JSON file with its path. Reading a field checks its type and records a problem naming the
/// field's path and quoting what is written there; an absent field and <c>null</c> are the same.
/// </summary>
internal sealed class JsonNode(JsonInput input, JsonElement element, string path)
{
    private readonly JsonElement element = element;

    public string Path { get; } = path;

    public JsonValueKind Kind => element.ValueKind;

    public static string Join(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    public string PathOf(string field) => Join(Path, field);

    public void Problem(string message) => input.Problem(Path, message);

    public void Problem(string field, string message) => input.Problem(PathOf(field), message);

    /// <summary>The line of the file a field of this value is written on.</summary>
    public long LineOf(string field) => input.LineOf(PathOf(field));

    /// <summary>Records a problem at a path inside this value, such as an item of one of its lists.</summary>
    public void ProblemAt(string path, string message) => input.Problem(path, message);

    /// <summary>Whether the field is written with something other than <c>null</c> or empty text.</summary>
    public bool Has(string field) =>
        TryGet(field, out JsonElement value) && !(value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString()));

    /// <summary>Whether this is an object, recording a problem when it is not.</summary>
    public bool IsObject()
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Problem($"{Quote(element)} is not an object: write its fields between {{ and }}");
        return false;
    }

    /// <summary>Records every field that is not one of <paramref name="known"/> (or <c>source</c>, which is ignored), and any written twice.</summary>
    public void Only(string what, params ReadOnlySpan<string> known)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                Problem(property.Name, $"'{property.Name}' is written twice in {what}");
            }
            else if (property.Name != "source" && !known.Contains(property.Name))
            {
                Problem(property.Name, $"'{property.Name}' is not a field of {what}: the fields are {Words(known, "and")}");
            }
        }
    }

    /// <summary>A text field, trimmed; <see langword="null"/> when absent or empty, recording <paramref name="missing"/> if given.</summary>
    public string? Text(string field, string? missing = null)
    {
        if (!TryGet(field, out JsonElement value))
        {
            Missing(field, missing);
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Problem(field, $"{Quote(value)} is not text: write it between double quotes");
            return null;
        }

        string text = value.GetString()!.Trim();
        if (text.Length == 0)
        {
            Missing(field, missing);
            return null;
        }

        // The problem stops the import; the text is still given back, so that it is not also reported as missing.
        if (PlainText.Check(text) is { } error)
        {
            Problem(field, error.Message);
        }

        return text;
    }

    /// <summary>A <c>true</c> or <c>false</c> field; absent is false.</summary>
    public bool Flag(string field)
    {
        if (!TryGet(field, out JsonElement value))
        {
            return false;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Problem(field, $"{Quote(value)} is not true or false");
        return false;
    }

    /// <summary>A whole number field, written as a number or as text.</summary>
    public int? WholeNumber(string field)
    {
        if (!TryGet(field, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        Problem(field, $"{Quote(value)} is not a whole number");
        return null;
    }

    /// <summary>A decimal number field, written as a number or as text in the invariant culture.</summary>
    public decimal? Number(string field, string? missing = null)
    {
        if (!TryGet(field, out JsonElement value))
        {
            Missing(field, missing);
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out decimal number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String && decimal.TryParse(value.GetString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        Problem(field, $"{Quote(value)} is not a number");
        return null;
    }

    /// <summary>One of <paramref name="allowed"/>, in lower case, whatever case it is written in.</summary>
    public string? Word(string field, string what, IReadOnlyList<string> allowed, string? missing = null)
    {
        string? text = Text(field, missing);
        if (text is null)
        {
            return null;
        }

        foreach (string word in allowed)
        {
            if (word.Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                return word;
            }
        }

        Problem(field, $"'{text}' is not {what}: write {Words(allowed, "or")}");
        return null;
    }

    /// <summary>One of <paramref name="allowed"/>, read by its <paramref name="code"/> whatever case it is written in.</summary>
    public T? Word<T>(string field, string what, IReadOnlyList<T> allowed, Func<T, string> code, string? missing = null)
        where T : struct
    {
        string? word = Word(field, what, [.. allowed.Select(code)], missing);
        return word is null ? null : allowed.First(v => code(v) == word);
    }

    /// <summary>A period of the given kind, such as a financial quarter (<c>2010/11 Q3</c>).</summary>
    public ReportingPeriod? Period(string field, PeriodKind kind, string? missing = null)
    {
        string? text = Text(field, missing);
        if (text is null)
        {
            return null;
        }

        if (!ReportingPeriod.TryParse(text, out ReportingPeriod period, out string? error))
        {
            Problem(field, error);
            return null;
        }

        if (period.Kind != kind)
        {
            string example = kind == PeriodKind.FinancialQuarter ? "2010/11 Q3" : "2010/11";
            string name = kind == PeriodKind.FinancialQuarter ? "a financial quarter" : "a financial year";
            Problem(field, $"'{text}' is not {name}: write one such as {example}");
            return null;
        }

        return period;
    }

    /// <summary>A date written as <c>yyyy-MM-dd</c>.</summary>
    public DateOnly? Date(string field, string? missing = null)
    {
        string? text = Text(field, missing);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }

        Problem(field, $"'{text}' is not a date: write it as yyyy-MM-dd, for example 2011-03-17");
        return null;
    }

    /// <summary>An object field, or <see langword="null"/> (recording <paramref name="missing"/>) when absent or not an object.</summary>
    public JsonNode? Object(string field, string missing)
    {
        if (!TryGet(field, out JsonElement value))
        {
            Missing(field, missing);
            return null;
        }

        var node = new JsonNode(input, value, PathOf(field));
        return node.IsObject() ? node : null;
    }

    /// <summary>The objects in a list field; an absent list is empty. Items that are not objects are recorded.</summary>
    public List<JsonNode> Objects(string field)
    {
        var nodes = new List<JsonNode>();
        foreach (JsonNode item in Items(field))
        {
            if (item.IsObject())
            {
                nodes.Add(item);
            }
        }

        return nodes;
    }

    /// <summary>The texts in a list field, each with its path; an absent list is empty.</summary>
    public List<JsonText> Texts(string field)
    {
        var texts = new List<JsonText>();
        foreach (JsonNode item in Items(field))
        {
            if (item.Kind != JsonValueKind.String)
            {
                item.Problem($"{Quote(item.element)} is not text: write it between double quotes");
                continue;
            }

            string text = item.element.GetString()!.Trim();
            if (text.Length == 0)
            {
                item.Problem("Enter a value or leave out the empty one");
                continue;
            }

            if (PlainText.Check(text) is { } error)
            {
                item.Problem(error.Message);
            }

            texts.Add(new JsonText(text, item.Path, input.LineOf(item.Path)));
        }

        return texts;
    }

    /// <summary>A text field that names something else in the file or the store, with its path.</summary>
    public JsonText? Reference(string field, string? missing = null) =>
        Text(field, missing) is string text ? new JsonText(text, PathOf(field), input.LineOf(PathOf(field))) : null;

    private IEnumerable<JsonNode> Items(string field)
    {
        if (!TryGet(field, out JsonElement value))
        {
            yield break;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Problem(field, $"{Quote(value)} is not a list: write its items between [ and ]");
            yield break;
        }

        int i = 0;
        foreach (JsonElement item in value.EnumerateArray())
        {
            yield return new JsonNode(input, item, $"{PathOf(field)}[{i++}]");
        }
    }

    private bool TryGet(string field, out JsonElement value)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(field, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        return false;
    }

    private void Missing(string field, string? missing)
    {
        if (missing is not null)
        {
            Problem(field, missing);
        }
    }

    private static string Quote(JsonElement value)
    {
        string raw = value.ValueKind == JsonValueKind.String ? $"'{value.GetString()}'" : value.GetRawText();
        raw = string.Join(' ', raw.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return raw.Length > 40 ? raw[..37] + "..." : raw;
    }

    private static string Words(ReadOnlySpan<string> words, string last) => words.Length switch
    {
        0 => string.Empty,
        1 => words[0],
        _ => string.Join(", ", words[..^1].ToArray()) + $" {last} " + words[^1],
    };

    private static string Words(IReadOnlyList<string> words, string last) => Words([.. words], last);
}
