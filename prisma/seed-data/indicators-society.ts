import type { IndicatorSeed } from "./indicator-types";

const PROVINCE = ["PROVINCE"] as IndicatorSeed["levels"];

/** Pillar 3, xã hội số: provincial indicators. */
export const SOCIETY_INDICATORS: IndicatorSeed[] = [
  {
    code: "SOC-01", pillar: "SOC", unit: "PERCENT", kind: "RATE", levels: PROVINCE, lead: "STTTT",
    nameVi: "Tỷ lệ người trưởng thành sử dụng điện thoại thông minh",
    nameEn: "Adults using a smartphone",
    definition: "Người từ 15 tuổi trở lên sử dụng điện thoại thông minh, ước tính theo số thuê bao di động băng rộng và điều tra mẫu.",
    source: "Số liệu thuê bao của các doanh nghiệp viễn thông; điều tra mẫu của Sở Thông tin và Truyền thông",
    numeratorDefinition: "Số người từ 15 tuổi trở lên sử dụng điện thoại thông minh (ước tính)",
    denominatorDefinition: "Dân số từ 15 tuổi trở lên",
  },
  {
    code: "SOC-02", pillar: "SOC", unit: "PERCENT", kind: "RATE", levels: PROVINCE, lead: "SYT",
    nameVi: "Tỷ lệ người dân có hồ sơ sức khoẻ điện tử",
    nameEn: "Residents with an electronic health record",
    definition: "Người dân có hồ sơ sức khoẻ điện tử được lập và cập nhật trên Hệ thống quản lý hồ sơ sức khoẻ điện tử, liên thông với cơ sở dữ liệu quốc gia về dân cư.",
    source: "Hệ thống quản lý hồ sơ sức khoẻ điện tử của Sở Y tế",
    numeratorDefinition: "Số người dân có hồ sơ sức khoẻ điện tử",
    denominatorDefinition: "Dân số của tỉnh",
  },
  {
    code: "SOC-03", pillar: "SOC", unit: "PERCENT", kind: "RATE", levels: PROVINCE, lead: "STTTT",
    nameVi: "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang",
    nameEn: "Households with fibre broadband",
    definition: "Hộ gia đình có ít nhất một thuê bao Internet băng rộng cố định cáp quang đang hoạt động.",
    source: "Số liệu thuê bao của các doanh nghiệp viễn thông",
    numeratorDefinition: "Số hộ gia đình có thuê bao băng rộng cáp quang",
    denominatorDefinition: "Tổng số hộ gia đình",
  },
  {
    code: "SOC-04", pillar: "SOC", unit: "PERCENT", kind: "RATE", levels: PROVINCE, lead: "STTTT",
    nameVi: "Tỷ lệ thôn, tổ dân phố được phủ sóng di động 4G/5G",
    nameEn: "Villages covered by 4G/5G mobile networks",
    definition: "Thôn, xóm, tổ dân phố có sóng di động 4G hoặc 5G bảo đảm chất lượng dịch vụ theo quy chuẩn.",
    source: "Báo cáo của các doanh nghiệp viễn thông; đo kiểm của Sở Thông tin và Truyền thông",
    numeratorDefinition: "Số thôn, tổ dân phố được phủ sóng 4G/5G",
    denominatorDefinition: "Tổng số thôn, tổ dân phố",
  },
  {
    code: "SOC-05", pillar: "SOC", unit: "PERCENT", kind: "RATE", levels: PROVINCE, lead: "SYT",
    nameVi: "Tỷ lệ cơ sở khám bệnh, chữa bệnh triển khai bệnh án điện tử",
    nameEn: "Hospitals and clinics using electronic medical records",
    definition: "Bệnh viện, trung tâm y tế có giường bệnh đã triển khai bệnh án điện tử thay thế bệnh án giấy theo quy định của Bộ Y tế.",
    source: "Báo cáo của Sở Y tế",
    numeratorDefinition: "Số cơ sở khám bệnh, chữa bệnh đã triển khai bệnh án điện tử",
    denominatorDefinition: "Tổng số bệnh viện, trung tâm y tế có giường bệnh",
  },
  {
    code: "SOC-06", pillar: "SOC", unit: "PERCENT", kind: "RATE", levels: PROVINCE, lead: "CAT",
    nameVi: "Tỷ lệ người dân được kích hoạt tài khoản định danh điện tử mức độ 2",
    nameEn: "Residents with an activated level-2 electronic identity",
    definition: "Công dân từ 14 tuổi trở lên đã kích hoạt tài khoản định danh điện tử mức độ 2 trên ứng dụng VNeID (Đề án 06).",
    source: "Báo cáo của Công an tỉnh từ hệ thống định danh và xác thực điện tử",
    numeratorDefinition: "Số công dân đã kích hoạt tài khoản định danh điện tử mức độ 2",
    denominatorDefinition: "Dân số từ 14 tuổi trở lên",
  },
  {
    code: "SOC-07", pillar: "SOC", unit: "PERCENT", kind: "RATE", levels: PROVINCE, lead: "SGDDT",
    nameVi: "Tỷ lệ cơ sở giáo dục phổ thông triển khai học bạ số",
    nameEn: "Schools using digital school records",
    definition: "Trường tiểu học, trung học cơ sở và trung học phổ thông đã triển khai học bạ số có ký số, kết nối cơ sở dữ liệu ngành giáo dục.",
    source: "Cơ sở dữ liệu ngành giáo dục; báo cáo của Sở Giáo dục và Đào tạo",
    numeratorDefinition: "Số cơ sở giáo dục phổ thông đã triển khai học bạ số",
    denominatorDefinition: "Tổng số cơ sở giáo dục phổ thông",
  },
];
