using System.Globalization;
using AiCompliance.CodeFixes.Infrastructure;

namespace AiCompliance.Analyzers.Tests.Meta;

/// <summary>A code fix's title is read in the IDE's UI culture when the fixes are offered, English when no translation exists.</summary>
public sealed class CodeFixTitleTests
{
    [Theory]
    [InlineData("", "Add [HumanOversight] with placeholders", "Declare dataset 'loans-2024'")]
    [InlineData("ja-JP", "プレースホルダー付きで [HumanOversight] を追加する", "データセット 'loans-2024' を宣言する")]
    [InlineData("vi", "Thêm [HumanOversight] với các giá trị giữ chỗ", "Khai báo tập dữ liệu 'loans-2024'")]
    [InlineData("th", "เพิ่ม [HumanOversight] พร้อมตัวยึดตำแหน่ง", "ประกาศชุดข้อมูล 'loans-2024'")]
    [InlineData("id", "Tambahkan [HumanOversight] dengan placeholder", "Deklarasikan dataset 'loans-2024'")]
    [InlineData("ms-MY", "Tambah [HumanOversight] dengan pemegang tempat", "Isytiharkan set data 'loans-2024'")]
    [InlineData("fil", "Idagdag ang [HumanOversight] na may mga placeholder", "Ideklara ang dataset na 'loans-2024'")]
    [InlineData("de", "Add [HumanOversight] with placeholders", "Declare dataset 'loans-2024'")]
    public void Titles_follow_the_ui_culture(string culture, string addDeclaration, string declareDataset)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(addDeclaration, CodeFixTexts.AddDeclarationWithPlaceholders("HumanOversight"));
            Assert.Equal(declareDataset, CodeFixTexts.DeclareDataset("loans-2024"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
