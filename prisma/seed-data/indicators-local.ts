import type { IndicatorSeed } from "./indicator-types";

/** Reported by each district-level unit; the 2025 targets of the town follow the Phổ Yên programme. */
export const DISTRICT_INDICATORS: IndicatorSeed[] = [
  {
    code: "HUYEN-01", pillar: "GOV", unit: "PERCENT", kind: "RATE", levels: ["DISTRICT"], lead: "VPUBND",
    nameVi: "Tỷ lệ dịch vụ công trực tuyến toàn trình cấp huyện",
    nameEn: "End-to-end online public services at district level",
    definition: "Thủ tục hành chính thuộc thẩm quyền cấp huyện, đủ điều kiện, được cung cấp trực tuyến toàn trình (mức độ 4 trước đây).",
    source: "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh",
    numeratorDefinition: "Số thủ tục hành chính cấp huyện cung cấp trực tuyến toàn trình",
    denominatorDefinition: "Tổng số thủ tục hành chính cấp huyện đủ điều kiện",
  },
  {
    code: "HUYEN-02", pillar: "GOV", unit: "PERCENT", kind: "RATE", levels: ["DISTRICT"], lead: "STTTT",
    nameVi: "Tỷ lệ hồ sơ công việc cấp huyện được xử lý trên môi trường mạng",
    nameEn: "District-level work files handled online",
    definition: "Hồ sơ công việc của Ủy ban nhân dân và các phòng, ban cấp huyện được xử lý trên hệ thống quản lý văn bản và điều hành.",
    source: "Hệ thống quản lý văn bản và điều hành của tỉnh",
    numeratorDefinition: "Số hồ sơ công việc cấp huyện xử lý trên môi trường mạng trong quý",
    denominatorDefinition: "Tổng số hồ sơ công việc cấp huyện không có nội dung mật trong quý",
  },
  {
    code: "HUYEN-03", pillar: "GOV", unit: "PERCENT", kind: "RATE", levels: ["DISTRICT"], lead: "STTTT",
    nameVi: "Tỷ lệ hồ sơ công việc cấp xã trên địa bàn được xử lý trên môi trường mạng",
    nameEn: "Commune-level work files handled online (district total)",
    definition: "Tổng hợp hồ sơ công việc của các xã, phường, thị trấn thuộc đơn vị cấp huyện được xử lý trên môi trường mạng; do cấp huyện tổng hợp và báo cáo.",
    source: "Hệ thống quản lý văn bản và điều hành; tổng hợp của Ủy ban nhân dân cấp huyện",
    numeratorDefinition: "Số hồ sơ công việc cấp xã xử lý trên môi trường mạng trong quý",
    denominatorDefinition: "Tổng số hồ sơ công việc cấp xã không có nội dung mật trong quý",
  },
  {
    code: "HUYEN-04", pillar: "GOV", unit: "PERCENT", kind: "RATE", levels: ["DISTRICT"], lead: "VPUBND",
    nameVi: "Tỷ lệ hoạt động kiểm tra được thực hiện thông qua môi trường số",
    nameEn: "Inspections carried out digitally",
    definition: "Hoạt động kiểm tra của cơ quan quản lý nhà nước cấp huyện được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý.",
    source: "Báo cáo của Ủy ban nhân dân cấp huyện",
    numeratorDefinition: "Số cuộc kiểm tra thực hiện thông qua môi trường số trong quý",
    denominatorDefinition: "Tổng số cuộc kiểm tra thực hiện trong quý",
  },
  {
    code: "HUYEN-05", pillar: "ECO", unit: "PERCENT", kind: "RATE", levels: ["DISTRICT"], lead: "NHNN",
    nameVi: "Tỷ lệ dân số có tài khoản thanh toán điện tử trên địa bàn huyện",
    nameEn: "Residents with an electronic payment account (district)",
    definition: "Người từ 15 tuổi trở lên trên địa bàn đơn vị cấp huyện có tài khoản thanh toán hoặc ví điện tử đang hoạt động.",
    source: "Tổng hợp của Ủy ban nhân dân cấp huyện từ báo cáo cấp xã và các tổ chức tín dụng",
    numeratorDefinition: "Số người từ 15 tuổi trở lên có tài khoản thanh toán điện tử",
    denominatorDefinition: "Dân số từ 15 tuổi trở lên trên địa bàn",
  },
];

/** Reported by every xã, phường and thị trấn. */
export const COMMUNE_INDICATORS: IndicatorSeed[] = [
  {
    code: "XA-01", pillar: "GOV", unit: "PERCENT", kind: "RATE", levels: ["COMMUNE"], lead: "STTTT",
    nameVi: "Tỷ lệ hồ sơ công việc cấp xã được xử lý trên môi trường mạng",
    nameEn: "Commune work files handled online",
    definition: "Hồ sơ công việc của Ủy ban nhân dân cấp xã được xử lý trên hệ thống quản lý văn bản và điều hành.",
    source: "Hệ thống quản lý văn bản và điều hành của tỉnh",
    numeratorDefinition: "Số hồ sơ công việc xử lý trên môi trường mạng trong quý",
    denominatorDefinition: "Tổng số hồ sơ công việc không có nội dung mật trong quý",
  },
  {
    code: "XA-02", pillar: "GOV", unit: "PERCENT", kind: "RATE", levels: ["COMMUNE"], lead: "VPUBND",
    nameVi: "Tỷ lệ hồ sơ thủ tục hành chính cấp xã được nộp trực tuyến",
    nameEn: "Commune administrative-procedure files filed online",
    definition: "Hồ sơ thủ tục hành chính thuộc thẩm quyền cấp xã do người dân nộp trực tuyến, kể cả nộp với sự hỗ trợ tại bộ phận một cửa.",
    source: "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh",
    numeratorDefinition: "Số hồ sơ thủ tục hành chính cấp xã nộp trực tuyến trong quý",
    denominatorDefinition: "Tổng số hồ sơ thủ tục hành chính cấp xã tiếp nhận trong quý",
  },
  {
    code: "XA-03", pillar: "ECO", unit: "PERCENT", kind: "RATE", levels: ["COMMUNE"], lead: "NHNN",
    nameVi: "Tỷ lệ người dân có tài khoản thanh toán điện tử trên địa bàn xã",
    nameEn: "Residents with an electronic payment account (commune)",
    definition: "Người từ 15 tuổi trở lên trên địa bàn xã có tài khoản thanh toán hoặc ví điện tử đang hoạt động, theo rà soát của tổ công nghệ số cộng đồng.",
    source: "Rà soát của Ủy ban nhân dân cấp xã và tổ công nghệ số cộng đồng",
    numeratorDefinition: "Số người từ 15 tuổi trở lên có tài khoản thanh toán điện tử",
    denominatorDefinition: "Dân số từ 15 tuổi trở lên trên địa bàn xã",
  },
  {
    code: "XA-04", pillar: "SOC", unit: "COUNT", kind: "LEVEL", levels: ["COMMUNE"], lead: "STTTT",
    nameVi: "Số tổ công nghệ số cộng đồng đang hoạt động",
    nameEn: "Community digital-technology teams operating",
    definition: "Số tổ công nghệ số cộng đồng ở thôn, xóm, tổ dân phố đã được thành lập và có hoạt động hướng dẫn người dân trong quý. Mục tiêu là mỗi thôn, tổ dân phố có một tổ.",
    source: "Báo cáo của Ủy ban nhân dân cấp xã",
  },
  {
    code: "XA-05", pillar: "SOC", unit: "COUNT", kind: "CUMULATIVE", levels: ["COMMUNE"], lead: "STTTT",
    nameVi: "Số lượt người dân được hướng dẫn sử dụng nền tảng số",
    nameEn: "Residents coached in using digital platforms",
    definition: "Số lượt người dân được tổ công nghệ số cộng đồng \"cầm tay chỉ việc\" cài đặt, sử dụng dịch vụ công trực tuyến, VNeID, thanh toán điện tử, luỹ kế từ đầu năm.",
    source: "Sổ theo dõi của tổ công nghệ số cộng đồng; báo cáo của Ủy ban nhân dân cấp xã",
  },
];
