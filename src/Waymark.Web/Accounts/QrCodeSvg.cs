using System.Collections;
using System.Globalization;
using System.Net;
using System.Text;

using QRCoder;

namespace Waymark.Web.Accounts;

/// <summary>A QR code drawn as an SVG image of its own (no inline styles or scripts, so the content security policy allows it).</summary>
public static class QrCodeSvg
{
    /// <summary>An SVG QR code of <paramref name="text"/>, each module one unit, with a quiet zone of four, titled for screen readers by <paramref name="label"/>.</summary>
    public static string Draw(string text, string label)
    {
        using var generator = new QRCodeGenerator();
        using QRCodeData data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        List<BitArray> matrix = data.ModuleMatrix;
        int size = matrix.Count;
        var path = new StringBuilder();
        for (int y = 0; y < size; y++)
        {
            for (int x = 0; x < size; x++)
            {
                if (matrix[y][x])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{x},{y}h1v1h-1z");
                }
            }
        }

        string box = size.ToString(CultureInfo.InvariantCulture);
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {box} {box}\" width=\"200\" height=\"200\" role=\"img\" aria-labelledby=\"qr-title\" shape-rendering=\"crispEdges\">"
            + $"<title id=\"qr-title\">{WebUtility.HtmlEncode(label)}</title><rect width=\"{box}\" height=\"{box}\" fill=\"#ffffff\"/><path d=\"{path}\" fill=\"#000000\"/></svg>";
    }
}
