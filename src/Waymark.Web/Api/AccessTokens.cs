using System.Security.Cryptography;
using System.Text;

namespace Waymark.Web.Api;

/// <summary>How personal access tokens are made and recognised: a random secret shown once, kept only as its hash.</summary>
public static class AccessTokens
{
    /// <summary>Every token starts with this, so that one pasted by mistake is recognisable.</summary>
    public const string Prefix = "waymark_";

    /// <summary>A new token: the prefix and 32 random bytes in URL-safe base64.</summary>
    public static string Create() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The SHA-256 hash of a token, as 64 lower-case hexadecimal digits: what the store keeps.</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
