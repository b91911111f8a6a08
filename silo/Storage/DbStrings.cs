using System.Data.Common;

namespace HeresHealthy.Silo.Storage;

internal static class DbStrings
{
    /// <summary>The first column of every row the command reads.</summary>
    public static IReadOnlyList<string> ReadAll(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
