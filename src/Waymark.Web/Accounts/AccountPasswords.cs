using System.Security.Cryptography;

namespace Waymark.Web.Accounts;

/// <summary>The rule for passwords and the passwords made for demo accounts.</summary>
public static class AccountPasswords
{
    /// <summary>A password has at least this many characters; any characters are allowed.</summary>
    public const int MinimumLength = Data.People.Passwords.MinimumLength;

    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A random password of 16 letters and digits that are hard to confuse.</summary>
    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, 16);
}
