using System.Text;
using System.Text.Json;

namespace CreditScoring;

/// <summary>
/// The evaluation results as an AiCompliance evidence file (docs/evidence.md, format <c>aicompliance-evidence/1</c>).
/// <c>dotnet run --project samples/CreditScoring -- --write-evidence eval/results.json</c> writes it; the checked-in copy
/// is an AdditionalFiles item of this project, the [Evaluation] and [FairnessAssessment] declarations on
/// <see cref="CreditScorer"/> name it with its SHA-256, and the build compares every declared number with it.
/// </summary>
public static class EvidenceFile
{
    /// <summary>The file, relative to the project, as the declarations name it.</summary>
    public const string Path = "eval/results.json";

    /// <summary>The SHA-256 of the checked-in file; AIC210 reports when the file no longer has it, and its code fix writes the new one.</summary>
    public const string Sha256 = "1bc9000d73da78287ba78f31542dbbf039d1f7e3dae582eeb858fb4028d068c0";

    /// <summary>The file's text: the same bytes on every run and every platform (fixed seed, invariant numbers, LF).</summary>
    public static string Write(EvaluationReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://github.com/aicompliance/aicompliance/blob/main/docs/schema/evidence.schema.json");
            json.WriteString("format", "aicompliance-evidence/1");
            json.WriteString("model", CreditScorer.ModelId);
            json.WriteString("producedBy", $"samples/CreditScoring (seed {SyntheticApplicants.Seed}, {report.Count} holdout applicants)");

            json.WriteStartArray("evaluations");
            foreach (var result in report.Results())
            {
                json.WriteStartObject();
                json.WriteString("metric", result.Metric);
                json.WriteNumber("value", Math.Round(result.Value, 6));
                json.WriteString("dataset", EvaluationReport.Dataset);
                if (result.Slice is not null)
                {
                    json.WriteString("slice", result.Slice);
                }

                json.WriteString("kind", "performance");
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("fairness");
            foreach (var result in report.Fairness())
            {
                json.WriteStartObject();
                json.WriteString("protectedAttribute", result.ProtectedAttribute);
                json.WriteString("metric", result.Metric);
                json.WriteNumber("value", Math.Round(result.Value, 6));
                json.WriteStartArray("groups");
                foreach (var group in result.Groups)
                {
                    json.WriteStringValue(group);
                }

                json.WriteEndArray();
                json.WriteStartArray("groupValues");
                foreach (var value in result.GroupValues)
                {
                    json.WriteNumberValue(Math.Round(value, 6));
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
