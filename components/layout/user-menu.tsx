"use client";
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { signOut } from "next-auth/react";
import { ChevronDownIcon, UserIcon } from "@/components/ui/icons";

export function UserMenu({ name, roleLabel, signOutLabel }: { name: string; roleLabel: string; signOutLabel: string }) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        className="flex max-w-44 items-center gap-2 rounded-md border border-brand-600 p-2 text-left text-sm hover:bg-brand-700 sm:px-3"
        data-testid="user-menu"
        aria-label={name}
      >
        <UserIcon className="h-5 w-5 shrink-0 sm:hidden" />
        <span className="hidden truncate sm:inline">{name}</span>
        <ChevronDownIcon className="h-4 w-4 shrink-0" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={6} className="z-50 min-w-56 rounded-md border border-slate-200 bg-white p-1 text-slate-800 shadow-lg">
          <DropdownMenu.Label className="px-3 py-2 text-sm">
            <span className="block font-semibold">{name}</span>
            <span className="block text-xs text-slate-500">{roleLabel}</span>
          </DropdownMenu.Label>
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
          <DropdownMenu.Item
            onSelect={() => void signOut({ callbackUrl: "/" })}
            className="cursor-pointer rounded px-3 py-2 text-sm outline-none data-[highlighted]:bg-brand-50"
          >
            {signOutLabel}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
