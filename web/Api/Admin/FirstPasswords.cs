using System.Security.Cryptography;

namespace HeresHealthy.Web.Api.Admin;

/// <summary>First passwords for imported accounts: four groups of four from letters and digits that cannot be mistaken for each other when read aloud.</summary>
public static class FirstPasswords
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public static string New() => string.Join('-', Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(Alphabet, 4)));
}
