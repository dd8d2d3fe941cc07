// Provincial bodies that lead indicators and report the provincial values of the indicators they lead.

export interface AgencySeed {
  code: string;
  name: string;
  shortName: string;
  /** Local part of the agency officer's e-mail address. */
  mailbox: string;
  officerName: string;
}

export const AGENCIES: AgencySeed[] = [
  { code: "STTTT", name: "Sở Thông tin và Truyền thông", shortName: "Sở TT&TT", mailbox: "sotttt", officerName: "Lê Thị Thu Hằng" },
  { code: "VPUBND", name: "Văn phòng Ủy ban nhân dân tỉnh", shortName: "VP UBND tỉnh", mailbox: "vpubnd", officerName: "Nguyễn Văn Khải" },
  { code: "SNV", name: "Sở Nội vụ", shortName: "Sở Nội vụ", mailbox: "sonv", officerName: "Hoàng Minh Tuấn" },
  { code: "SKHDT", name: "Sở Kế hoạch và Đầu tư", shortName: "Sở KH&ĐT", mailbox: "sokhdt", officerName: "Phạm Thị Lan Anh" },
  { code: "SCT", name: "Sở Công Thương", shortName: "Sở Công Thương", mailbox: "soct", officerName: "Vũ Đức Thắng" },
  { code: "SYT", name: "Sở Y tế", shortName: "Sở Y tế", mailbox: "soyt", officerName: "Đặng Thị Mai Phương" },
  { code: "SGDDT", name: "Sở Giáo dục và Đào tạo", shortName: "Sở GD&ĐT", mailbox: "sogddt", officerName: "Bùi Quang Huy" },
  { code: "STC", name: "Sở Tài chính", shortName: "Sở Tài chính", mailbox: "sotc", officerName: "Trịnh Thị Ngọc Bích" },
  { code: "CAT", name: "Công an tỉnh", shortName: "Công an tỉnh", mailbox: "congan", officerName: "Đỗ Văn Hùng" },
  { code: "NHNN", name: "Ngân hàng Nhà nước chi nhánh tỉnh", shortName: "NHNN chi nhánh tỉnh", mailbox: "nhnn", officerName: "Lương Thị Hải Yến" },
];

/** The demo agency officer's agency; its Q2/2025 submission is left in draft with every value filled. */
export const DEMO_AGENCY_CODE = "STTTT";
