import type { IndicatorSeed } from "./indicator-types";

const PROVINCE = ["PROVINCE"] as IndicatorSeed["levels"];

/** Pillar 2, kinh tế số: provincial indicators. ECO-01 has a 2025 target only. */
export const ECONOMY_INDICATORS: IndicatorSeed[] = [
  {
    code: "ECO-01", pillar: "ECO", unit: "PERCENT", kind: "LEVEL", levels: PROVINCE, lead: "SKHDT",
    nameVi: "Tỷ trọng kinh tế số trong GRDP",
    nameEn: "Digital economy share of GRDP",
    definition: "Giá trị tăng thêm của kinh tế số (kinh tế số ICT, kinh tế số nền tảng và kinh tế số ngành) so với tổng sản phẩm trên địa bàn tỉnh, ước tính luỹ kế từ đầu năm đến hết quý.",
    source: "Ước tính của Sở Kế hoạch và Đầu tư phối hợp Cục Thống kê tỉnh",
  },
  {
    code: "ECO-02", pillar: "ECO", unit: "PERCENT", kind: "RATE", levels: PROVINCE, lead: "NHNN",
    nameVi: "Tỷ lệ người dân có tài khoản thanh toán điện tử",
    nameEn: "Residents with an electronic payment account",
    definition: "Người dân từ 15 tuổi trở lên có nhu cầu thanh toán hàng hoá, dịch vụ và có tài khoản thanh toán tại ngân hàng hoặc ví điện tử đang hoạt động.",
    source: "Báo cáo của Ngân hàng Nhà nước chi nhánh tỉnh, tổng hợp từ các tổ chức tín dụng và trung gian thanh toán",
    numeratorDefinition: "Số người từ 15 tuổi trở lên có tài khoản thanh toán hoặc ví điện tử đang hoạt động",
    denominatorDefinition: "Dân số từ 15 tuổi trở lên của tỉnh",
  },
  {
    code: "ECO-03", pillar: "ECO", unit: "COUNT", kind: "FLOW", levels: PROVINCE, lead: "SKHDT",
    nameVi: "Số doanh nghiệp được hỗ trợ chuyển đổi số",
    nameEn: "Enterprises supported to go digital",
    definition: "Số doanh nghiệp nhỏ và vừa được tư vấn, đánh giá mức độ chuyển đổi số hoặc hỗ trợ sử dụng nền tảng số trong quý theo chương trình hỗ trợ doanh nghiệp chuyển đổi số của tỉnh. Cộng dồn các quý để có kết quả năm.",
    source: "Báo cáo của Sở Kế hoạch và Đầu tư",
  },
  {
    code: "ECO-04", pillar: "ECO", unit: "PERCENT", kind: "RATE", levels: PROVINCE, lead: "SCT",
    nameVi: "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tiêu dùng",
    nameEn: "E-commerce share of retail sales",
    definition: "Doanh thu bán lẻ qua thương mại điện tử so với tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tiêu dùng trên địa bàn, ước tính luỹ kế từ đầu năm.",
    source: "Ước tính của Sở Công Thương",
    numeratorDefinition: "Doanh thu bán lẻ hàng hoá, dịch vụ qua thương mại điện tử",
    denominatorDefinition: "Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tiêu dùng",
  },
  {
    code: "ECO-05", pillar: "ECO", unit: "PERCENT", kind: "RATE", levels: PROVINCE, lead: "SCT",
    nameVi: "Tỷ lệ sản phẩm OCOP được đưa lên sàn thương mại điện tử",
    nameEn: "OCOP products listed on e-commerce platforms",
    definition: "Sản phẩm OCOP còn hiệu lực chứng nhận của tỉnh đang được giới thiệu và bán trên ít nhất một sàn thương mại điện tử.",
    source: "Báo cáo của Sở Công Thương",
    numeratorDefinition: "Số sản phẩm OCOP đang bán trên sàn thương mại điện tử",
    denominatorDefinition: "Tổng số sản phẩm OCOP còn hiệu lực chứng nhận",
  },
  {
    code: "ECO-06", pillar: "ECO", unit: "PERCENT", kind: "RATE", levels: PROVINCE, lead: "NHNN",
    nameVi: "Tỷ lệ giao dịch thanh toán không dùng tiền mặt",
    nameEn: "Share of cashless payment transactions",
    definition: "Giá trị giao dịch thanh toán hàng hoá, dịch vụ qua ngân hàng, ví điện tử và thẻ so với tổng giá trị giao dịch thanh toán trên địa bàn, ước tính trong quý.",
    source: "Báo cáo của Ngân hàng Nhà nước chi nhánh tỉnh",
    numeratorDefinition: "Giá trị giao dịch thanh toán không dùng tiền mặt",
    denominatorDefinition: "Tổng giá trị giao dịch thanh toán",
  },
  {
    code: "ECO-07", pillar: "ECO", unit: "PERCENT", kind: "RATE", levels: PROVINCE, lead: "STC",
    nameVi: "Tỷ lệ doanh nghiệp kê khai, nộp thuế điện tử",
    nameEn: "Enterprises filing and paying taxes electronically",
    definition: "Doanh nghiệp đang hoạt động trên địa bàn thực hiện kê khai và nộp thuế bằng phương thức điện tử.",
    source: "Báo cáo của Sở Tài chính, tổng hợp số liệu của cơ quan thuế",
    numeratorDefinition: "Số doanh nghiệp kê khai, nộp thuế điện tử",
    denominatorDefinition: "Tổng số doanh nghiệp đang hoạt động",
  },
];
