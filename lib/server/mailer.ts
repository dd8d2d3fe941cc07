import "server-only";
import nodemailer from "nodemailer";

export interface OutgoingMail { to: string; subject: string; text: string }

/**
 * E-mail goes out only when SMTP_URL is configured (e.g. smtp://user:pass@mail.example.vn:587);
 * otherwise the in-app notification is the only channel. Read per call so tests can point it at
 * their own local SMTP server.
 */
export async function sendMail(mail: OutgoingMail): Promise<boolean> {
  const url = process.env.SMTP_URL;
  if (!url) return false;
  const transport = nodemailer.createTransport(url);
  try {
    await transport.sendMail({ from: process.env.SMTP_FROM ?? "Bảng theo dõi CĐS <no-reply@cds.local>", ...mail });
    return true;
  } finally {
    transport.close();
  }
}
